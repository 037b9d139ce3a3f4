using System.Globalization;
using ChainTrace.Ethereum.Source;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>The state and loop of one <see cref="EthereumIngestor"/> run.</summary>
internal sealed class EthereumIngestRun(
    EthereumIngestOptions options, EthereumRpcSource source, Dataset dataset, IProgress<IngestProgress>? progress)
{
    /// <summary>The fewest blocks committed ahead of the end of a run (see <see cref="TailCommitDue"/>).</summary>
    private const int EarlyCommitMinimum = 64;

    private readonly BlockHashHistory _history = new(options.MaxReorgDepth + 1);
    private readonly List<EthereumReorg> _reorgs = [];
    private readonly EthereumCommitter _committer = new(dataset, progress);
    private EthereumRowBatch _batch = new();
    private long _next;
    private long _datasetFirst;
    private long _tip;
    private long _target;
    private long? _firstWritten;
    private long _blocks;
    private long _transactions;
    private long _logs;
    private long _transfers;
    private long _traces;
    private long _malformed;

    public void Start(long next, DatasetCheckpoint? checkpoint)
    {
        _next = next;
        _datasetFirst = checkpoint?.FirstBlock ?? next;
        if (checkpoint is not null)
        {
            _history.Push(checkpoint.LastBlock, checkpoint.LastBlockHash);
        }
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await RefreshTargetAsync(cancellationToken);
        var reorganising = false;
        try
        {
            while (_next <= _target)
            {
                var mismatch = await IngestUntilMismatchAsync(cancellationToken);
                if (mismatch is not { } found)
                {
                    break;
                }

                reorganising = true;
                await RepairAsync(found.Number, found.ParentHash, cancellationToken);
                reorganising = false;
                await RefreshTargetAsync(cancellationToken);
            }
        }
        finally
        {
            // Commit the complete blocks collected, also when cancelled or failing on a later block.
            if (!reorganising && !_committer.Failed && _batch.Blocks.Count > 0)
            {
                await CommitBatchAsync(CancellationToken.None);
            }

            await _committer.DrainAsync();
        }
    }

    public EthereumIngestSummary Summary(long? lastBlock, bool resumed, TimeSpan elapsed) => new(
        _firstWritten, lastBlock, _tip, _target, _blocks, _transactions, _logs, _transfers, _traces, _malformed,
        _reorgs, source.TraceMode, source.ReceiptMode, resumed, elapsed);

    private async Task RefreshTargetAsync(CancellationToken cancellationToken)
    {
        _tip = await source.GetLatestBlockNumberAsync(cancellationToken);
        _target = Math.Min(options.To ?? long.MaxValue, _tip - options.Confirmations);
    }

    /// <summary>Streams blocks into batches until the target, or until a block does not extend the one before it.</summary>
    private async Task<(long Number, string ParentHash)?> IngestUntilMismatchAsync(CancellationToken cancellationToken)
    {
        var total = _target - _next + 1;
        await foreach (var data in source.StreamBlocksAsync(_next, _target, cancellationToken))
        {
            var block = data.Block;
            if (_history.LastHeight == block.Number - 1 &&
                !string.Equals(_history.LastHash, block.ParentHash, StringComparison.OrdinalIgnoreCase))
            {
                return (block.Number, block.ParentHash);
            }

            BatchRows.Add(_batch, data);
            _history.Push(block.Number, block.Hash);
            _next = block.Number + 1;
            _firstWritten ??= block.Number;
            _blocks++;
            _transactions += data.Transactions.Count;
            _logs += data.Logs.Count;
            _transfers += data.TokenTransfers.Count;
            _traces += data.Traces.Count;
            _malformed += data.MalformedTokenEvents;
            progress?.Report(new IngestProgress(block.Number, _blocks, total, source.Client.Statistics.BytesReceived, "ingesting"));
            if (_batch.Blocks.Count >= options.CommitBlocks || _batch.RowCount >= options.CommitRows || TailCommitDue(block.Number))
            {
                await CommitBatchAsync(cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the batch holds at least as many blocks as are left to fetch (and a worthwhile number): committing
    /// it now overlaps the commit with fetching the rest, so the run does not end with one large commit.
    /// </summary>
    private bool TailCommitDue(long number)
    {
        var remaining = _target - number;
        return remaining > 0 && _batch.Blocks.Count >= EarlyCommitMinimum && _batch.Blocks.Count >= remaining;
    }

    private async Task CommitBatchAsync(CancellationToken cancellationToken)
    {
        var last = _batch.Blocks[^1];
        var checkpoint = new DatasetCheckpoint(_datasetFirst, last.Number, last.Hash);
        var batch = _batch;
        _batch = new EthereumRowBatch();
        await _committer.CommitAsync(batch, checkpoint, _blocks, cancellationToken);
    }

    /// <summary>Finds the fork point below <paramref name="detectedAt"/>, drops or rolls back everything above it.</summary>
    private async Task RepairAsync(long detectedAt, string newParent, CancellationToken cancellationToken)
    {
        await _committer.DrainAsync();
        var staleHash = _history.LastHash!;
        var committed = dataset.Checkpoint;
        var floor = committed?.FirstBlock ?? _datasetFirst;
        var finder = new ForkFinder(source, dataset, _history, options.MaxReorgDepth);
        var fork = await finder.FindAsync(detectedAt - 1, floor, cancellationToken);
        var forkHeight = fork?.Height ?? floor - 1;
        var dropped = detectedAt - 1 - forkHeight;
        var rolledBack = committed is not null && forkHeight < committed.LastBlock;
        if (rolledBack)
        {
            _batch = new EthereumRowBatch();
            await dataset.RollbackToAsync(forkHeight, fork?.Hash ?? "0x", cancellationToken);
        }
        else
        {
            BatchRows.TruncateAbove(_batch, forkHeight);
        }

        _history.TruncateAbove(forkHeight);
        if (fork is null)
        {
            _datasetFirst = floor;
        }

        _next = forkHeight + 1;
        var reorg = new EthereumReorg(detectedAt, forkHeight, fork?.Hash ?? string.Empty, dropped, rolledBack, staleHash, newParent);
        _reorgs.Add(reorg);
        progress?.Report(new IngestProgress(
            forkHeight, _blocks, null, source.Client.Statistics.BytesReceived,
            string.Create(CultureInfo.InvariantCulture, $"reorg: dropped {dropped} blocks above {forkHeight}")));
    }
}
