namespace ChainTrace.Bitcoin.Parsing;

/// <summary>The structure of a serialized block without hashing its transactions: header and transaction ranges.</summary>
/// <param name="Header">The parsed header (its hash is computed).</param>
/// <param name="Transactions">Every transaction's byte range in block order.</param>
public sealed record BlockLayout(BlockHeader Header, IReadOnlyList<TransactionRange> Transactions)
{
    /// <summary>The number of transactions.</summary>
    public int TransactionCount => Transactions.Count;
}
