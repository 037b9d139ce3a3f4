namespace ChainTrace.Graph.Paths;

/// <summary>Which way a path search or traversal follows the money.</summary>
public enum PathDirection
{
    /// <summary>
    /// With the money: from an address into the transactions it pays into, and on to the addresses those pay. A path
    /// from A to B shows how value could have moved from A to B.
    /// </summary>
    Forward = 0,

    /// <summary>
    /// Against the money: from an address to the transactions that paid it, and on to the addresses that paid into
    /// those. A path from A to B shows how value could have moved from B to A; its hops are marked
    /// <see cref="PathHop.Reversed"/>.
    /// </summary>
    Backward = 1,

    /// <summary>
    /// Either way: any two addresses on opposite sides of one transaction are neighbours. Shows a connection, not a
    /// flow; time order is not applied.
    /// </summary>
    Undirected = 2,
}
