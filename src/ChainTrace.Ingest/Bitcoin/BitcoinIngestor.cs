using System.Globalization;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>
/// Ingests Bitcoin blocks from a source (a blocks folder or a node) into a dataset: parses each block, resolves every
/// input against the UTXO set, and commits part files and checkpoint every <see cref="BitcoinIngestOptions.CommitBytes"/>.
/// A rerun resumes after the checkpoint; a run killed at any moment loses at most the uncommitted batch.
/// </summary>
public sealed class BitcoinIngestor
{
    private readonly IBitcoinBlockSource _source;
    private readonly BitcoinIngestOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an ingestor.</summary>
    /// <param name="source">Where blocks come from, in best-chain height order.</param>
    /// <param name="options">Range and batching; defaults when null.</param>
    /// <param name="time">Clock for the elapsed time; the system clock when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public BitcoinIngestor(IBitcoinBlockSource source, BitcoinIngestOptions? options = null, TimeProvider? time = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _options = options ?? new BitcoinIngestOptions();
        _options.Validate();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Runs the ingest into the dataset at <paramref name="datasetPath"/> (created when missing).</summary>
    /// <param name="datasetPath">The dataset folder.</param>
    /// <param name="progress">Receives a report per block; may be null.</param>
    /// <param name="cancellationToken">Stops the run; the current batch is committed first.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ChainDataException">A block is corrupt, or does not continue the dataset's chain.</exception>
    /// <exception cref="ChainSourceException">The source failed.</exception>
    /// <exception cref="ArgumentException">The requested range leaves a gap in the dataset or lies below it.</exception>
    public async Task<BitcoinIngestSummary> RunAsync(
        string datasetPath, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetPath);
        var started = _time.GetTimestamp();
        var info = await _source.GetInfoAsync(cancellationToken);
        using var dataset = await Dataset.OpenOrCreateAsync(datasetPath, ChainKind.Bitcoin, info.Network.Name, _time, cancellationToken: cancellationToken);
        var checkpoint = dataset.Checkpoint;
        var snapshots = new UtxoSnapshotStore(datasetPath);
        snapshots.Clean(checkpoint?.LastBlock);

        var next = FirstHeightToWrite(checkpoint);
        var last = Math.Min(_options.ToHeight ?? info.TipHeight, info.TipHeight);
        var run = new IngestRun(dataset, snapshots, info.Network, progress, _options);
        var resolver = await RebuildUtxoAsync(run, checkpoint, next, cancellationToken);
        if (next <= last)
        {
            await IngestAsync(run, resolver, next, last, cancellationToken);
        }

        var stats = resolver.Set.MeasureMemory();
        return new BitcoinIngestSummary(
            run.FirstWritten, dataset.Checkpoint?.LastBlock, run.Blocks, run.Transactions, run.Inputs, run.Outputs,
            run.Bytes, run.Replayed, _time.GetElapsedTime(started), stats, resolver.Set.ReplacedCount);
    }

    private long FirstHeightToWrite(DatasetCheckpoint? checkpoint)
    {
        if (checkpoint is null)
        {
            return _options.FromHeight ?? 0;
        }

        var next = checkpoint.LastBlock + 1;
        if (_options.FromHeight is { } from)
        {
            if (from > next)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--from {from} would leave a gap: the dataset ends at height {checkpoint.LastBlock}; ingest from {next} or into a new dataset."));
            }

            if (from < checkpoint.FirstBlock)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--from {from} lies below the dataset's first height {checkpoint.FirstBlock}; blocks cannot be prepended, ingest into a new dataset."));
            }
        }

        return next;
    }

    private async Task<UtxoResolver> RebuildUtxoAsync(
        IngestRun run, DatasetCheckpoint? checkpoint, long next, CancellationToken cancellationToken)
    {
        var set = new UtxoSet();
        long replayFrom = 0;
        Hash256? expectedParent = null;
        if (run.Snapshots.TryLoad() is { } snapshot && snapshot.Height < next)
        {
            set = snapshot.Set;
            replayFrom = snapshot.Height + 1;
            expectedParent = snapshot.Hash;
        }

        var resolver = new UtxoResolver(set, run.Network);
        if (replayFrom >= next || run.Options.ResolveFromSourcePrevouts)
        {
            return resolver;
        }

        Hash256? lastHash = null;
        await foreach (var raw in _source.ReadBlocksAsync(replayFrom, next - 1, cancellationToken))
        {
            var parsed = BlockParser.Parse(raw.Bytes.Span, raw.Height, run.Network, raw.Location);
            if (expectedParent is { } parent && parsed.Block.PreviousBlockHash != parent)
            {
                throw new ChainDataException(
                    "The source's chain differs from the one the dataset's UTXO snapshot was taken on (a reorganisation since the last run); re-ingest into a new dataset",
                    new DataLocation(Height: raw.Height, Source: _source.GetType().Name));
            }

            expectedParent = null;
            resolver.Apply(parsed, raw.Prevouts);
            lastHash = parsed.Block.Hash;
            run.Replayed++;
            run.Progress?.Report(new IngestProgress(raw.Height, run.Replayed, next - replayFrom, 0, "replaying"));
        }

        if (checkpoint is not null && lastHash is { } tip && tip.ToReversedHex() != checkpoint.LastBlockHash)
        {
            throw new ChainDataException(
                $"The source's block at height {checkpoint.LastBlock} is {tip.ToReversedHex()}, but the dataset ends with {checkpoint.LastBlockHash} (a reorganisation since the last run); re-ingest into a new dataset",
                new DataLocation(Height: checkpoint.LastBlock));
        }

        return resolver;
    }

    private async Task IngestAsync(IngestRun run, UtxoResolver resolver, long next, long last, CancellationToken cancellationToken)
    {
        var batch = new BatchBuilder(run.Dataset.Checkpoint?.FirstBlock ?? next);
        var committer = new Committer(run);
        long bytesSinceSnapshot = 0;
        Hash256? expectedParent = run.Dataset.Checkpoint is { } cp ? Hash256.ParseReversed(cp.LastBlockHash) : null;
        var setIsConsistent = true;
        try
        {
            await foreach (var raw in _source.ReadBlocksAsync(next, last, cancellationToken))
            {
                var parsed = BlockParser.Parse(raw.Bytes.Span, raw.Height, run.Network, raw.Location);
                if (expectedParent is { } parent && parsed.Block.PreviousBlockHash != parent)
                {
                    throw new ChainDataException(
                        $"Block {parsed.Block.Hash.ToReversedHex()} does not extend the dataset's last block {parent.ToReversedHex()}",
                        raw.Location with { Height = raw.Height });
                }

                expectedParent = parsed.Block.Hash;
                var resolved = resolver.Resolve(parsed, raw.Prevouts);
                batch.Add(resolved, raw.Bytes.Length);
                run.Count(resolved, raw.Bytes.Length);
                run.Progress?.Report(new IngestProgress(raw.Height, run.Blocks, last - next + 1, run.Bytes, "ingesting"));
                if (batch.Bytes >= _options.CommitBytes)
                {
                    bytesSinceSnapshot += batch.Bytes;
                    var snapshot = bytesSinceSnapshot >= _options.SnapshotBytes;
                    if (snapshot)
                    {
                        bytesSinceSnapshot = 0;
                    }

                    await committer.CommitAsync(batch.Take(), snapshot ? resolver.Set : null, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A block failed part-way through resolution, so the set no longer matches any height: no snapshot of it.
            setIsConsistent = false;
            throw;
        }
        finally
        {
            // Commit what was collected, also when cancelled or failing on a later block: rows of complete blocks are good.
            if (!batch.IsEmpty)
            {
                await committer.CommitAsync(batch.Take(), setIsConsistent ? resolver.Set : null, CancellationToken.None);
            }

            await committer.DrainAsync();
        }

        if (committer.LastSnapshotHeight != run.Dataset.Checkpoint?.LastBlock && run.Dataset.Checkpoint is { } final)
        {
            run.Snapshots.Publish(run.Snapshots.WritePending(resolver.Set, final.LastBlock, Hash256.ParseReversed(final.LastBlockHash)));
        }
    }
}
