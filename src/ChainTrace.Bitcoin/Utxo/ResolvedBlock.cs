using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>A block's rows with every input resolved: input values, types and addresses, and transaction fees.</summary>
/// <param name="Block">The block row.</param>
/// <param name="Transactions">Transactions in block order, with <c>InputValue</c> and <c>Fee</c> set.</param>
/// <param name="Inputs">Inputs in block order, with <c>Type</c>, <c>Address</c> and <c>Value</c> of the spent output.</param>
/// <param name="Outputs">Outputs in block order (unchanged from parsing).</param>
public sealed record ResolvedBlock(
    BitcoinBlockRow Block,
    IReadOnlyList<BitcoinTransactionRow> Transactions,
    IReadOnlyList<BitcoinInputRow> Inputs,
    IReadOnlyList<BitcoinOutputRow> Outputs);
