using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// A block as dataset rows, in block order: transactions by index, inputs by (transaction index, input index), outputs
/// by (transaction index, vout). Inputs are unresolved: their type, address and value are null until a UTXO resolver
/// fills them, and non-coinbase transactions have null input value and fee.
/// </summary>
/// <param name="Header">The parsed header.</param>
/// <param name="Block">The block row.</param>
/// <param name="Transactions">One row per transaction.</param>
/// <param name="Inputs">Every input of every transaction.</param>
/// <param name="Outputs">Every output of every transaction.</param>
public sealed record ParsedBlock(
    BlockHeader Header,
    BitcoinBlockRow Block,
    IReadOnlyList<BitcoinTransactionRow> Transactions,
    IReadOnlyList<BitcoinInputRow> Inputs,
    IReadOnlyList<BitcoinOutputRow> Outputs);
