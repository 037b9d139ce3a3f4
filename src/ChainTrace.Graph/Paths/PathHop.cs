namespace ChainTrace.Graph.Paths;

/// <summary>
/// One hop of a <see cref="FlowPath"/>: from one address to the next through one transaction. In path order the hop
/// goes <see cref="From"/> → <see cref="To"/>; the money went that way too unless <see cref="Reversed"/>.
/// </summary>
/// <param name="From">Address id at this end of the hop (the earlier one in path order).</param>
/// <param name="FromAddress">Its text.</param>
/// <param name="To">Address id at the other end (the next one in path order).</param>
/// <param name="ToAddress">Its text.</param>
/// <param name="Reversed">True when the money went <paramref name="To"/> → <paramref name="From"/> (backward and undirected searches).</param>
/// <param name="Transaction">The transaction node.</param>
/// <param name="TransactionHash">The transaction's hash as the dataset shows it (<see cref="FlowGraph.DisplayHash"/>).</param>
/// <param name="Block">Block height.</param>
/// <param name="Timestamp">Block time, Unix seconds.</param>
/// <param name="Asset">The asset moved (index into <see cref="FlowGraph.Assets"/>).</param>
/// <param name="Amount">What the transaction paid the receiving address (outputs to it, summed), in base units.</param>
/// <param name="Sent">What the paying address put into the transaction (its inputs, summed), in base units.</param>
public sealed record PathHop(
    int From,
    string FromAddress,
    int To,
    string ToAddress,
    bool Reversed,
    int Transaction,
    string TransactionHash,
    int Block,
    long Timestamp,
    int Asset,
    UInt128 Amount,
    UInt128 Sent)
{
    /// <summary>The block time as a UTC time.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds(Timestamp);
}
