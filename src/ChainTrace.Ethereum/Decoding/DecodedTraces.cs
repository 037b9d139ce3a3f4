using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Trace rows of one block with the position of each row's transaction (−1 for block rewards), so they can be
/// checked against (and, for geth answers without <c>txHash</c>, completed from) the block's transactions.
/// </summary>
/// <param name="Rows">Rows in the node's order (depth first within each transaction).</param>
/// <param name="Positions">The transaction position of each row, −1 for rewards.</param>
/// <param name="TransactionCount">For geth answers: how many per-transaction results came; else −1.</param>
/// <param name="BlockHash">For Parity answers: the block hash the traces name (null when none or empty).</param>
internal sealed record DecodedTraces(
    List<EthereumTraceRow> Rows, List<int> Positions, int TransactionCount, string? BlockHash);
