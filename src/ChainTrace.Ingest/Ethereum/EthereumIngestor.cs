using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Ethereum.Source;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>
/// Ingests Ethereum blocks from a JSON-RPC node into a dataset: blocks, transactions with receipts, logs, token
/// transfers and traces. Only blocks at least <see cref="EthereumIngestOptions.Confirmations"/> below the tip are
/// written. Each block's parent hash is checked against the block before it (the dataset's checkpoint for the first);
/// on a mismatch the ingest finds the fork point, drops or rolls back everything above it, reports an
/// <see cref="EthereumReorg"/>, and continues on the node's chain. A rerun resumes after the checkpoint; a run killed
/// at any moment loses at most the uncommitted blocks.
/// </summary>
public sealed class EthereumIngestor
{
    private readonly EthereumIngestOptions _options;
    private readonly HttpMessageHandler? _handler;

    /// <summary>Creates an ingestor.</summary>
    /// <param name="options">Node, range, confirmations and batching; validated here.</param>
    /// <param name="handler">An HTTP handler to send through (tests, proxies); null for the default.</param>
    /// <exception cref="ArgumentException">The options are invalid (the URL is shown redacted).</exception>
    public EthereumIngestor(EthereumIngestOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _handler = handler;
    }

    /// <summary>The validated options.</summary>
    public EthereumIngestOptions Options => _options;

    /// <summary>
    /// Opens (or creates) the dataset at <paramref name="datasetPath"/> for the node's network (from
    /// <c>eth_chainId</c>: mainnet, sepolia, holesky, hoodi, else <c>chain-ID</c>) and runs the ingest into it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset holds another chain or network, or another writer has it open.</exception>
    /// <inheritdoc cref="RunAsync(Dataset, IProgress{IngestProgress}?, CancellationToken)" path="/exception"/>
    public async Task<EthereumIngestSummary> RunAsync(
        string datasetPath, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasetPath);
        string network;
        using (var source = new EthereumRpcSource(_options.ToSourceOptions(), _handler))
        {
            network = NetworkName(await source.Client.CallAsync(
                new JsonRpcRequest("eth_chainId", "[]"),
                result => result.ValueKind == System.Text.Json.JsonValueKind.String ? result.GetString() : null,
                cancellationToken));
        }

        using var dataset = await Dataset.OpenOrCreateAsync(
            datasetPath, ChainKind.Ethereum, network, _options.TimeProvider, cancellationToken: cancellationToken);
        return await RunAsync(dataset, progress, cancellationToken);
    }

    /// <summary>Runs the ingest into an open Ethereum dataset.</summary>
    /// <param name="dataset">The dataset, open for writing.</param>
    /// <param name="progress">Receives a report per block (stage <c>ingesting</c>), per commit (<c>committing</c>) and per reorganisation (<c>reorg</c>); may be null.</param>
    /// <param name="cancellationToken">Stops the run; the complete blocks collected so far are committed first.</param>
    /// <returns>What was written, and any reorganisations met.</returns>
    /// <exception cref="ArgumentException">The dataset is not an Ethereum dataset, or the range leaves a gap or lies below the dataset.</exception>
    /// <exception cref="ChainSourceException">The node kept failing (<see cref="ChainSourceException.IsTransient"/>) or refused a request.</exception>
    /// <exception cref="ChainDataException">The node's answers are malformed or inconsistent, or a reorganisation is deeper than <see cref="EthereumIngestOptions.MaxReorgDepth"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<EthereumIngestSummary> RunAsync(
        Dataset dataset, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset.Manifest.Chain != ChainKind.Ethereum)
        {
            throw new ArgumentException($"The dataset {dataset.Path} holds {dataset.Manifest.Chain} data, not Ethereum.", nameof(dataset));
        }

        var started = _options.TimeProvider.GetTimestamp();
        using var source = new EthereumRpcSource(_options.ToSourceOptions(), _handler);
        var checkpoint = dataset.Checkpoint;
        var run = new EthereumIngestRun(_options, source, dataset, progress);
        run.Start(FirstBlockToWrite(checkpoint), checkpoint);
        await run.ExecuteAsync(cancellationToken);
        return run.Summary(dataset.Checkpoint?.LastBlock, checkpoint is not null, _options.TimeProvider.GetElapsedTime(started));
    }

    private long FirstBlockToWrite(DatasetCheckpoint? checkpoint)
    {
        if (checkpoint is null)
        {
            return _options.From ?? 0;
        }

        var next = checkpoint.LastBlock + 1;
        if (_options.From is { } from && from > next)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"--from {from} would leave a gap: the dataset ends at block {checkpoint.LastBlock}; ingest from {next} or into a new dataset."));
        }

        if (_options.From is { } below && below < checkpoint.FirstBlock)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"--from {below} lies below the dataset's first block {checkpoint.FirstBlock}; blocks cannot be prepended, ingest into a new dataset."));
        }

        return next;
    }

    private static string NetworkName(string? chainId)
    {
        if (chainId is null || !EthHex.TryParseQuantity(chainId.AsSpan(), out var id))
        {
            return "unknown";
        }

        return id switch
        {
            1 => "mainnet",
            11155111 => "sepolia",
            17000 => "holesky",
            560048 => "hoodi",
            _ => string.Create(CultureInfo.InvariantCulture, $"chain-{id}"),
        };
    }
}
