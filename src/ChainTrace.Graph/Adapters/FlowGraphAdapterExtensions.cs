namespace ChainTrace.Graph.Adapters;

/// <summary>Shorthands for the QuikGraph views of a <see cref="FlowGraph"/>.</summary>
public static class FlowGraphAdapterExtensions
{
    /// <summary>The bipartite transaction/address view (see <see cref="FlowGraphAdapter"/>); nothing is copied.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static FlowGraphAdapter AsQuikGraph(this FlowGraph graph) => new(graph);

    /// <summary>The address-to-address view (see <see cref="AddressGraphAdapter"/>); nothing is copied.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static AddressGraphAdapter AsAddressGraph(this FlowGraph graph) => new(graph);
}
