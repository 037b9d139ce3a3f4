using ChainTrace.Core.Rows;

namespace ChainTrace.Storage;

/// <summary>
/// The rows of a contiguous run of Ethereum blocks, committed together by
/// <see cref="Dataset.CommitAsync(EthereumRowBatch, DatasetCheckpoint, CancellationToken)"/>. Fill the lists in block
/// order; <see cref="Blocks"/> needs exactly one row per block of the range when it is not empty. Not thread-safe.
/// </summary>
public sealed class EthereumRowBatch
{
    /// <summary>Rows of the <c>blocks</c> table, one per block, in number order.</summary>
    public List<EthereumBlockRow> Blocks { get; } = [];

    /// <summary>Rows of the <c>transactions</c> table.</summary>
    public List<EthereumTransactionRow> Transactions { get; } = [];

    /// <summary>Rows of the <c>logs</c> table.</summary>
    public List<EthereumLogRow> Logs { get; } = [];

    /// <summary>Rows of the <c>token_transfers</c> table.</summary>
    public List<EthereumTokenTransferRow> TokenTransfers { get; } = [];

    /// <summary>Rows of the <c>traces</c> table.</summary>
    public List<EthereumTraceRow> Traces { get; } = [];

    /// <summary>The total number of rows over all tables.</summary>
    public int RowCount => Blocks.Count + Transactions.Count + Logs.Count + TokenTransfers.Count + Traces.Count;

    /// <summary>Empties every list (to reuse the batch after a commit).</summary>
    public void Clear()
    {
        Blocks.Clear();
        Transactions.Clear();
        Logs.Clear();
        TokenTransfers.Clear();
        Traces.Clear();
    }

    internal IReadOnlyList<ITableBatch> Tables() =>
    [
        new TableBatch<EthereumBlockRow>(EthereumTables.Blocks, Blocks),
        new TableBatch<EthereumTransactionRow>(EthereumTables.Transactions, Transactions),
        new TableBatch<EthereumLogRow>(EthereumTables.Logs, Logs),
        new TableBatch<EthereumTokenTransferRow>(EthereumTables.TokenTransfers, TokenTransfers),
        new TableBatch<EthereumTraceRow>(EthereumTables.Traces, Traces),
    ];
}
