namespace ChainTrace.Graph.Clustering;

/// <summary>A label a cluster inherits from its tagged addresses.</summary>
/// <param name="Cluster">The cluster id.</param>
/// <param name="Label">The label (as first seen; labels are compared ignoring case).</param>
/// <param name="Category">The category (compared ignoring case).</param>
/// <param name="Addresses">The cluster's addresses carrying this tag, in address id order.</param>
public sealed record ClusterLabel(int Cluster, string Label, string Category, IReadOnlyList<string> Addresses);
