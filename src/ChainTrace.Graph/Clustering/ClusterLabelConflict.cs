namespace ChainTrace.Graph.Clustering;

/// <summary>
/// A cluster whose addresses carry different labels, or one label in different categories: reported so that an
/// investigator sees it (the merge may be wrong, or the tags), never resolved silently.
/// </summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="ClusterSize">Addresses in the cluster.</param>
/// <param name="Labels">Every label of the cluster with its supporting addresses.</param>
public sealed record ClusterLabelConflict(int Cluster, int ClusterSize, IReadOnlyList<ClusterLabel> Labels);
