using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Source;

/// <summary>Everything ingested from one block: the rows of each dataset table, consistent with each other.</summary>
public sealed class EthereumBlockData
{
    /// <summary>The <c>blocks</c> row.</summary>
    public required EthereumBlockRow Block { get; init; }

    /// <summary>The <c>transactions</c> rows in block order, with their receipt fields.</summary>
    public required IReadOnlyList<EthereumTransactionRow> Transactions { get; init; }

    /// <summary>The <c>logs</c> rows in log-index order.</summary>
    public required IReadOnlyList<EthereumLogRow> Logs { get; init; }

    /// <summary>The <c>token_transfers</c> rows decoded from <see cref="Logs"/>.</summary>
    public required IReadOnlyList<EthereumTokenTransferRow> TokenTransfers { get; init; }

    /// <summary>The <c>traces</c> rows; empty when traces are off or the node offers none.</summary>
    public required IReadOnlyList<EthereumTraceRow> Traces { get; init; }

    /// <summary>Logs with a token-transfer signature but a non-standard layout (counted, not decoded).</summary>
    public int MalformedTokenEvents { get; init; }
}
