using ChainTrace.Ethereum.Source;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>What an <see cref="EthereumIngestor"/> ingests and how. Validated when the ingestor is built.</summary>
public sealed class EthereumIngestOptions
{
    /// <summary>The node URL (http or https). It may carry credentials; they never appear in messages.</summary>
    public required string RpcUrl { get; init; }

    /// <summary>
    /// First block to write into a new dataset. Default 0. With an existing dataset the run resumes at its
    /// checkpoint + 1; a <c>From</c> beyond that (a gap) or below its first block is refused.
    /// </summary>
    public long? From { get; init; }

    /// <summary>Last block to write (inclusive). Default: the newest block with enough confirmations.</summary>
    public long? To { get; init; }

    /// <summary>Blocks a block must have on top of it to be written (tip − K is the newest written). Default 12; 0 for local nodes.</summary>
    public int Confirmations { get; init; } = 12;

    /// <summary>Blocks per RPC window (one batch each of blocks, receipts, traces). Default 20.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>HTTP requests in flight at once. Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Blocks per dataset commit (one part file per table). Default 2,000.</summary>
    public int CommitBlocks { get; init; } = 2_000;

    /// <summary>Rows (all tables) after which a commit happens even before <see cref="CommitBlocks"/>. Default 1,000,000.</summary>
    public int CommitRows { get; init; } = 1_000_000;

    /// <summary>Deepest reorganisation handled by rolling back; a deeper one stops the run. Default 1,000 blocks.</summary>
    public int MaxReorgDepth { get; init; } = 1_000;

    /// <summary>Where traces come from. Default <see cref="TraceMode.Auto"/> (whichever the node offers, else none, reported).</summary>
    public TraceMode Traces { get; init; } = TraceMode.Auto;

    /// <summary>How receipts are fetched. Default <see cref="ReceiptMode.Auto"/>.</summary>
    public ReceiptMode Receipts { get; init; } = ReceiptMode.Auto;

    /// <summary>Time allowed for one HTTP attempt. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient node failure. Default 5.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Backoff before the first retry, doubling with jitter up to 10 s. Default 250 ms.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Clock for timeouts, backoff and the elapsed time. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL (shown redacted), or a value is out of range.</exception>
    public void Validate()
    {
        ToSourceOptions().Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(From ?? 0, nameof(From));
        ArgumentOutOfRangeException.ThrowIfNegative(To ?? 0, nameof(To));
        if (From is { } from && To is { } to && to < from)
        {
            throw new ArgumentException($"--to {to} lies below --from {from}.", nameof(To));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Confirmations, nameof(Confirmations));
        ArgumentOutOfRangeException.ThrowIfLessThan(CommitBlocks, 1, nameof(CommitBlocks));
        ArgumentOutOfRangeException.ThrowIfLessThan(CommitRows, 1, nameof(CommitRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReorgDepth, 1, nameof(MaxReorgDepth));
    }

    /// <summary>The settings of the <see cref="EthereumRpcSource"/> the ingestor reads from.</summary>
    public EthereumSourceOptions ToSourceOptions() => new()
    {
        Url = RpcUrl,
        BatchSize = BatchSize,
        MaxConcurrency = MaxConcurrency,
        Timeout = Timeout,
        MaxRetries = MaxRetries,
        InitialBackoff = InitialBackoff,
        Traces = Traces,
        Receipts = Receipts,
        TimeProvider = TimeProvider,
    };
}
