namespace ChainTrace.Graph.Paths;

/// <summary>What a <see cref="FlowBreadthFirstSearch"/> run covered.</summary>
/// <param name="NodesReached">Nodes reached, the start nodes included.</param>
/// <param name="EdgesScanned">Edges looked at (each edge out of a reached node, in the run's direction, once; twice per edge undirected).</param>
public readonly record struct TraversalCount(int NodesReached, long EdgesScanned);
