using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>One transaction as dataset rows, inputs unresolved (type, address and value null).</summary>
/// <param name="Transaction">The transaction row; input value and fee are null unless it is a coinbase (then 0).</param>
/// <param name="Inputs">The inputs by index.</param>
/// <param name="Outputs">The outputs by vout.</param>
public sealed record ParsedTransaction(
    BitcoinTransactionRow Transaction,
    IReadOnlyList<BitcoinInputRow> Inputs,
    IReadOnlyList<BitcoinOutputRow> Outputs);
