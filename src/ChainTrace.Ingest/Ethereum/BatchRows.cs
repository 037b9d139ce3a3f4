using ChainTrace.Ethereum.Source;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>Adds a block's rows to a batch and cuts a batch back to a fork point.</summary>
internal static class BatchRows
{
    public static void Add(EthereumRowBatch batch, EthereumBlockData block)
    {
        batch.Blocks.Add(block.Block);
        batch.Transactions.AddRange(block.Transactions);
        batch.Logs.AddRange(block.Logs);
        batch.TokenTransfers.AddRange(block.TokenTransfers);
        batch.Traces.AddRange(block.Traces);
    }

    /// <summary>Removes the rows of blocks above <paramref name="height"/>.</summary>
    public static void TruncateAbove(EthereumRowBatch batch, long height)
    {
        batch.Blocks.RemoveAll(r => r.Number > height);
        batch.Transactions.RemoveAll(r => r.BlockNumber > height);
        batch.Logs.RemoveAll(r => r.BlockNumber > height);
        batch.TokenTransfers.RemoveAll(r => r.BlockNumber > height);
        batch.Traces.RemoveAll(r => r.BlockNumber > height);
    }
}
