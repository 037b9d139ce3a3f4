namespace ChainTrace.Graph.Clustering;

/// <summary>The labels clusters inherit from their tagged addresses, and the clusters whose labels conflict.</summary>
public sealed class ClusterLabeling
{
    private readonly Dictionary<int, IReadOnlyList<ClusterLabel>> _byCluster;

    internal ClusterLabeling(ClusteringResult result, Dictionary<int, IReadOnlyList<ClusterLabel>> byCluster, IReadOnlyList<ClusterLabelConflict> conflicts, int unmatched)
    {
        Result = result;
        _byCluster = byCluster;
        Conflicts = conflicts;
        UnmatchedAddresses = unmatched;
    }

    /// <summary>The clustering the labels were propagated over.</summary>
    public ClusteringResult Result { get; }

    /// <summary>Number of clusters with at least one label.</summary>
    public int LabelledClusters => _byCluster.Count;

    /// <summary>Clusters with conflicting labels, by cluster id.</summary>
    public IReadOnlyList<ClusterLabelConflict> Conflicts { get; }

    /// <summary>Tagged addresses that do not occur in the graph (ignored).</summary>
    public int UnmatchedAddresses { get; }

    /// <summary>The labels of cluster <paramref name="cluster"/> (empty when none).</summary>
    public IReadOnlyList<ClusterLabel> LabelsOf(int cluster) => _byCluster.TryGetValue(cluster, out var labels) ? labels : [];

    /// <summary>The labels <paramref name="address"/> inherits from its cluster (empty when none or not in the graph).</summary>
    public IReadOnlyList<ClusterLabel> LabelsOfAddress(string address) =>
        Result.TryGetCluster(address, out var cluster) ? LabelsOf(cluster) : [];
}
