namespace ChainTrace.Graph.Clustering;

/// <summary>One row of the <c>clusters</c> table: an address, its cluster, and the evidence that touches it.</summary>
/// <param name="Address">The address as stored in the dataset.</param>
/// <param name="ClusterId">The cluster id: the smallest address id in the cluster (the cluster's first-seen address in the loaded graph).</param>
/// <param name="ClusterSize">Addresses in the cluster.</param>
/// <param name="EvidenceSummary">
/// The merges at this address by heuristic, e.g. <c>multi-input:2; change-optimal+change-fresh:1</c>; empty for a
/// singleton. <c>chaintrace cluster DATASET --why A B</c> gives the full chain.
/// </param>
public sealed record ClusterRow(string Address, long ClusterId, long ClusterSize, string EvidenceSummary);
