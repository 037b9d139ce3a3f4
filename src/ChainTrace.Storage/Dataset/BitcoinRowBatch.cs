using ChainTrace.Core.Rows;

namespace ChainTrace.Storage;

/// <summary>
/// The rows of a contiguous run of Bitcoin blocks, committed together by
/// <see cref="Dataset.CommitAsync(BitcoinRowBatch, DatasetCheckpoint, CancellationToken)"/>. Fill the lists in block
/// order; <see cref="Blocks"/> needs exactly one row per block of the range when it is not empty. Not thread-safe.
/// </summary>
public sealed class BitcoinRowBatch
{
    /// <summary>Rows of the <c>blocks</c> table, one per block, in height order.</summary>
    public List<BitcoinBlockRow> Blocks { get; } = [];

    /// <summary>Rows of the <c>transactions</c> table.</summary>
    public List<BitcoinTransactionRow> Transactions { get; } = [];

    /// <summary>Rows of the <c>inputs</c> table.</summary>
    public List<BitcoinInputRow> Inputs { get; } = [];

    /// <summary>Rows of the <c>outputs</c> table.</summary>
    public List<BitcoinOutputRow> Outputs { get; } = [];

    /// <summary>The total number of rows over all tables.</summary>
    public int RowCount => Blocks.Count + Transactions.Count + Inputs.Count + Outputs.Count;

    /// <summary>Empties every list (to reuse the batch after a commit).</summary>
    public void Clear()
    {
        Blocks.Clear();
        Transactions.Clear();
        Inputs.Clear();
        Outputs.Clear();
    }

    internal IReadOnlyList<ITableBatch> Tables() =>
    [
        new TableBatch<BitcoinBlockRow>(BitcoinTables.Blocks, Blocks),
        new TableBatch<BitcoinTransactionRow>(BitcoinTables.Transactions, Transactions),
        new TableBatch<BitcoinInputRow>(BitcoinTables.Inputs, Inputs),
        new TableBatch<BitcoinOutputRow>(BitcoinTables.Outputs, Outputs),
    ];
}
