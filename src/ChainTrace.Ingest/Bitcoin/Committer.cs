using ChainTrace.Bitcoin.Utxo;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>
/// Commits batches one after another on a background task, so that Parquet writing overlaps with parsing and UTXO
/// resolution of the next batch. A UTXO snapshot, when asked for, is written synchronously (the set is exactly at the
/// batch's last height then) and published only after that batch's commit has moved the checkpoint.
/// </summary>
internal sealed class Committer
{
    private readonly IngestRun _run;
    private Task? _pending;

    public Committer(IngestRun run)
    {
        _run = run;
    }

    /// <summary>Height of the last published snapshot in this run, or null.</summary>
    public long? LastSnapshotHeight { get; private set; }

    /// <summary>Waits for the previous commit, then starts this one in the background.</summary>
    public async Task CommitAsync(PendingCommit commit, UtxoSet? snapshotOf, CancellationToken cancellationToken)
    {
        await DrainAsync();
        var snapshotPath = snapshotOf is null
            ? null
            : _run.Snapshots.WritePending(snapshotOf, commit.Checkpoint.LastBlock, commit.LastHash);
        var dataset = _run.Dataset;
        _pending = Task.Run(
            async () =>
            {
                _run.Progress?.Report(new IngestProgress(commit.Checkpoint.LastBlock, _run.Blocks, null, _run.Bytes, "committing"));
                await dataset.CommitAsync(commit.Batch, commit.Checkpoint, cancellationToken);
                if (snapshotPath is not null)
                {
                    _run.Snapshots.Publish(snapshotPath);
                    LastSnapshotHeight = commit.Checkpoint.LastBlock;
                }
            },
            CancellationToken.None);
    }

    /// <summary>Waits for the commit in flight, if any; rethrows its failure.</summary>
    public async Task DrainAsync()
    {
        if (_pending is { } pending)
        {
            _pending = null;
            await pending;
        }
    }
}
