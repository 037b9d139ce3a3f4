namespace ChainTrace.Graph.Loading;

/// <summary>A loaded graph with what it was loaded from.</summary>
/// <param name="Graph">The graph.</param>
/// <param name="Elapsed">Wall time of the load.</param>
/// <param name="CheckpointHeight">The dataset checkpoint's last block at load time, or null for an empty dataset.</param>
/// <param name="CheckpointHash">That block's hash, or null.</param>
public sealed record FlowGraphLoad(FlowGraph Graph, TimeSpan Elapsed, long? CheckpointHeight, string? CheckpointHash);
