namespace ChainTrace.Graph.Adapters;

/// <summary>
/// The node numbering the adapters and the array traversal use for a <see cref="FlowGraph"/>, seen as a bipartite
/// directed graph: transaction nodes are <c>0 … TransactionCount-1</c> (the transaction ids themselves) and address
/// nodes follow, <c>TransactionCount … TransactionCount+AddressCount-1</c> (address id plus
/// <see cref="TransactionCount"/>). Edges follow the money: an input leg is an edge address → transaction, an output
/// leg an edge transaction → address; legs without an address (OP_RETURN, nonstandard scripts) are not edges.
/// </summary>
/// <param name="TransactionCount">Number of transaction nodes (<see cref="FlowGraph.TransactionCount"/>).</param>
/// <param name="AddressCount">Number of address nodes (<see cref="AddressTable.Count"/>).</param>
public readonly record struct FlowNodeSpace(int TransactionCount, int AddressCount)
{
    /// <summary>Total number of nodes: transactions plus addresses.</summary>
    public int NodeCount => TransactionCount + AddressCount;

    /// <summary>The node space of <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="OverflowException">The graph has more than 2^31-1 nodes in all.</exception>
    public static FlowNodeSpace Of(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _ = checked(graph.TransactionCount + graph.Addresses.Count);
        return new FlowNodeSpace(graph.TransactionCount, graph.Addresses.Count);
    }

    /// <summary>The node of transaction <paramref name="transaction"/> (the same number).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such transaction.</exception>
    public int Transaction(int transaction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(transaction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(transaction, TransactionCount);
        return transaction;
    }

    /// <summary>The node of address <paramref name="address"/>: <c>TransactionCount + address</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such address.</exception>
    public int Address(int address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(address);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(address, AddressCount);
        return TransactionCount + address;
    }

    /// <summary>True when <paramref name="node"/> is a node of this space.</summary>
    public bool Contains(int node) => node >= 0 && node < NodeCount;

    /// <summary>True when <paramref name="node"/> is a transaction node.</summary>
    public bool IsTransaction(int node) => node >= 0 && node < TransactionCount;

    /// <summary>True when <paramref name="node"/> is an address node.</summary>
    public bool IsAddress(int node) => node >= TransactionCount && node < NodeCount;

    /// <summary>The transaction id of a transaction node.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a transaction node.</exception>
    public int TransactionOf(int node) =>
        IsTransaction(node) ? node : throw new ArgumentOutOfRangeException(nameof(node), node, "Not a transaction node.");

    /// <summary>The address id of an address node.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not an address node.</exception>
    public int AddressOf(int node) =>
        IsAddress(node) ? node - TransactionCount : throw new ArgumentOutOfRangeException(nameof(node), node, "Not an address node.");
}
