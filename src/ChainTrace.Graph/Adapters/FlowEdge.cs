using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>
/// An edge of <see cref="FlowGraphAdapter"/>, made on the fly from one leg of the graph's arrays: an input leg is
/// <c>address node → transaction node</c>, an output leg <c>transaction node → address node</c> (nodes as in
/// <see cref="FlowNodeSpace"/>). Two edges are equal when they are the same leg.
/// </summary>
/// <param name="Source">The node the value leaves.</param>
/// <param name="Target">The node the value enters.</param>
/// <param name="Leg">The input leg id (<paramref name="IsInput"/>) or output leg id.</param>
/// <param name="IsInput">True for an input leg (address → transaction), false for an output leg (transaction → address).</param>
public readonly record struct FlowEdge(int Source, int Target, int Leg, bool IsInput) : IEdge<int>;
