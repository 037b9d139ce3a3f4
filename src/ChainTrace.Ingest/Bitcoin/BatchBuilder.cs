using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>Collects resolved blocks into the row batch of the next commit.</summary>
internal sealed class BatchBuilder
{
    private readonly long _datasetFirstBlock;
    private BitcoinRowBatch _batch = new();

    public BatchBuilder(long datasetFirstBlock)
    {
        _datasetFirstBlock = datasetFirstBlock;
    }

    public long Bytes { get; private set; }

    public bool IsEmpty => _batch.Blocks.Count == 0;

    public void Add(ResolvedBlock block, long bytes)
    {
        _batch.Blocks.Add(block.Block);
        _batch.Transactions.AddRange(block.Transactions);
        _batch.Inputs.AddRange(block.Inputs);
        _batch.Outputs.AddRange(block.Outputs);
        Bytes += bytes;
    }

    /// <summary>Hands out the collected batch with the checkpoint it establishes, and starts a new one.</summary>
    public PendingCommit Take()
    {
        var last = _batch.Blocks[^1];
        var pending = new PendingCommit(_batch, new DatasetCheckpoint(_datasetFirstBlock, last.Number, last.Hash.ToReversedHex()), last.Hash);
        _batch = new BitcoinRowBatch();
        Bytes = 0;
        return pending;
    }
}
