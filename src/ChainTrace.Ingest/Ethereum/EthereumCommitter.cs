using ChainTrace.Storage;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>
/// Commits batches one after another on a background task, so that Parquet writing overlaps with fetching the next
/// blocks. At most one commit is in flight; a failed commit is rethrown by the next call and never retried.
/// </summary>
internal sealed class EthereumCommitter(Dataset dataset, IProgress<IngestProgress>? progress)
{
    private Task? _pending;

    /// <summary>True once a commit has failed (its exception was or will be rethrown).</summary>
    public bool Failed { get; private set; }

    /// <summary>Waits for the commit in flight, then starts committing <paramref name="batch"/> up to <paramref name="checkpoint"/>.</summary>
    public async Task CommitAsync(EthereumRowBatch batch, DatasetCheckpoint checkpoint, long blocksDone, CancellationToken cancellationToken)
    {
        await DrainAsync();
        _pending = Task.Run(
            async () =>
            {
                progress?.Report(new IngestProgress(checkpoint.LastBlock, blocksDone, null, 0, "committing"));
                try
                {
                    await dataset.CommitAsync(batch, checkpoint, cancellationToken);
                }
                catch
                {
                    Failed = true;
                    throw;
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
