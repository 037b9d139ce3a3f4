using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Ethereum.Source;

/// <summary>Settings of an <see cref="EthereumRpcSource"/>. Validated when the source is built.</summary>
public sealed class EthereumSourceOptions
{
    /// <summary>The node URL (http or https). It may carry credentials; they never appear in messages.</summary>
    public required string Url { get; init; }

    /// <summary>Blocks fetched per window (one batch each of blocks, receipts and traces). Default 20.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>HTTP requests in flight at once (windows fetched ahead: twice this). Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>JSON-RPC calls per HTTP request (nodes limit batch sizes). Default 100.</summary>
    public int MaxCallsPerRequest { get; init; } = 100;

    /// <summary>Time allowed for one HTTP attempt. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure. Default 5.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Backoff before the first retry, doubling with jitter. Default 250 ms.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Upper bound of one backoff. Default 10 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest answer accepted, in bytes. Default 256 MiB.</summary>
    public long MaxResponseBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Refetches of a window whose answers disagree (the chain moved meanwhile). Default 3.</summary>
    public int InconsistencyRetries { get; init; } = 3;

    /// <summary>Where traces come from. Default <see cref="TraceMode.Auto"/>.</summary>
    public TraceMode Traces { get; init; } = TraceMode.Auto;

    /// <summary>How receipts are fetched. Default <see cref="ReceiptMode.Auto"/>.</summary>
    public ReceiptMode Receipts { get; init; } = ReceiptMode.Auto;

    /// <summary>Clock for timeouts and backoff. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL (shown redacted), or a value is out of range.</exception>
    public void Validate()
    {
        ToClientOptions().Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BatchSize, 10_000, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(InconsistencyRetries, nameof(InconsistencyRetries));
        if (!Enum.IsDefined(Traces) || !Enum.IsDefined(Receipts))
        {
            throw new ArgumentException("Unknown trace or receipt mode.", nameof(Traces));
        }
    }

    /// <summary>The settings of the underlying <see cref="JsonRpcClient"/>.</summary>
    public JsonRpcClientOptions ToClientOptions() => new()
    {
        Url = Url,
        Timeout = Timeout,
        MaxRetries = MaxRetries,
        InitialBackoff = InitialBackoff,
        MaxBackoff = MaxBackoff,
        MaxConcurrency = MaxConcurrency,
        MaxBatchSize = MaxCallsPerRequest,
        MaxResponseBytes = MaxResponseBytes,
        TimeProvider = TimeProvider,
    };
}
