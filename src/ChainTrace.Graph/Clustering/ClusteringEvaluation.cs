namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Scores a clustering against ground truth (e.g. a generated scenario's answer key): pairwise precision and recall,
/// counted from cluster, entity and cluster × entity cell sizes (Σ n(n−1)/2), in O(addresses), never by enumerating pairs.
/// </summary>
public static class ClusteringEvaluation
{
    /// <summary>Scores <paramref name="result"/> against <paramref name="entityOf"/> (address text → entity id).</summary>
    /// <param name="result">The clustering.</param>
    /// <param name="entityOf">The owner of each known address; addresses missing from the graph are ignored, and graph addresses missing here are not evaluated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PairwiseScore Pairwise(ClusteringResult result, IEnumerable<KeyValuePair<string, string>> entityOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(entityOf);
        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusterSizes = new Dictionary<int, long>();
        var entitySizes = new Dictionary<int, long>();
        var cellSizes = new Dictionary<(int Cluster, int Entity), long>();
        var seen = new HashSet<int>();
        long addresses = 0;
        foreach (var (address, entity) in entityOf)
        {
            if (address is null || entity is null || !result.Graph.Addresses.TryGetId(address, out var id) || !seen.Add(id))
            {
                continue;
            }

            if (!entityIds.TryGetValue(entity, out var e))
            {
                entityIds[entity] = e = entityIds.Count;
            }

            var cluster = result.ClusterOf(id);
            clusterSizes[cluster] = clusterSizes.GetValueOrDefault(cluster) + 1;
            entitySizes[e] = entitySizes.GetValueOrDefault(e) + 1;
            cellSizes[(cluster, e)] = cellSizes.GetValueOrDefault((cluster, e)) + 1;
            addresses++;
        }

        return new PairwiseScore(addresses, Pairs(clusterSizes.Values), Pairs(entitySizes.Values), Pairs(cellSizes.Values));
    }

    private static long Pairs(IEnumerable<long> sizes)
    {
        long pairs = 0;
        foreach (var n in sizes)
        {
            pairs += n * (n - 1) / 2;
        }

        return pairs;
    }
}
