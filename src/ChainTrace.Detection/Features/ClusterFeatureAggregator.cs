namespace ChainTrace.Detection;

/// <summary>
/// Per-cluster features from per-address features: <c>cluster_size</c>, then for each address column <c>X</c> either
/// <c>sum_X</c> (counts and amounts, which add up over a cluster's addresses) or <c>mean_X</c> (shares, means, ratios,
/// times; NaN values skipped), and <c>first_seen</c>/<c>last_seen</c> as the cluster's earliest and latest activity.
/// </summary>
/// <remarks>
/// Sums over addresses double-count transfers inside the cluster (a payment between two of its addresses is both an
/// out and an in); the features describe the cluster's addresses together, not its net position.
/// </remarks>
public static class ClusterFeatureAggregator
{
    private static readonly HashSet<string> Additive = new(StringComparer.Ordinal)
    {
        AddressFeatureNames.InTx, AddressFeatureNames.OutTx, AddressFeatureNames.InTransfers, AddressFeatureNames.OutTransfers,
        AddressFeatureNames.InCounterparties, AddressFeatureNames.OutCounterparties, AddressFeatureNames.ReciprocalCounterparties,
        AddressFeatureNames.TokenTransfers, AddressFeatureNames.InValue, AddressFeatureNames.OutValue, AddressFeatureNames.FeePaid,
        AddressFeatureNames.HeistIncome, AddressFeatureNames.HeistNeighbors, AddressFeatureNames.HeistWeight,
        AddressFeatureNames.HeistCount, AddressFeatureNames.HeistLooped,
    };

    /// <summary>The column name of the cluster size.</summary>
    public const string ClusterSize = "cluster_size";

    /// <summary>Aggregates <paramref name="addressFeatures"/> (row = address id) into one row per cluster.</summary>
    /// <param name="addressFeatures">Per-address features.</param>
    /// <param name="clusterOf">Cluster id per address id (0…<paramref name="clusterCount"/>-1); negative for none.</param>
    /// <param name="clusterCount">Number of clusters.</param>
    /// <exception cref="ArgumentException"><paramref name="clusterOf"/> is not one entry per address row, or names a cluster out of range.</exception>
    public static FeatureMatrix Aggregate(FeatureMatrix addressFeatures, ReadOnlySpan<int> clusterOf, int clusterCount)
    {
        ArgumentNullException.ThrowIfNull(addressFeatures);
        ArgumentOutOfRangeException.ThrowIfNegative(clusterCount);
        if (clusterOf.Length != addressFeatures.RowCount)
        {
            throw new ArgumentException($"{clusterOf.Length} cluster ids for {addressFeatures.RowCount} addresses.", nameof(clusterOf));
        }

        var names = new List<string> { ClusterSize };
        var kinds = new List<char>();
        foreach (var name in addressFeatures.Names)
        {
            var kind = name == AddressFeatureNames.FirstSeen ? 'n' : name == AddressFeatureNames.LastSeen ? 'x' : Additive.Contains(name) ? 's' : 'm';
            kinds.Add(kind);
            names.Add(kind switch { 'n' or 'x' => name, 's' => "sum_" + name, _ => "mean_" + name });
        }

        var result = new FeatureMatrix(names, clusterCount);
        var counts = new int[checked(clusterCount * kinds.Count)];
        for (var c = 0; c < clusterCount; c++)
        {
            var row = result.RowSpan(c);
            for (var f = 0; f < kinds.Count; f++)
            {
                row[f + 1] = kinds[f] switch { 'n' => float.PositiveInfinity, 'x' => float.NegativeInfinity, _ => 0 };
            }
        }

        for (var a = 0; a < clusterOf.Length; a++)
        {
            var c = clusterOf[a];
            if (c < 0)
            {
                continue;
            }

            if (c >= clusterCount)
            {
                throw new ArgumentException($"Address {a} is in cluster {c}, beyond the {clusterCount} clusters.", nameof(clusterOf));
            }

            var source = addressFeatures.Row(a);
            var row = result.RowSpan(c);
            row[0]++;
            for (var f = 0; f < kinds.Count; f++)
            {
                var v = source[f];
                if (float.IsNaN(v))
                {
                    continue;
                }

                switch (kinds[f])
                {
                    case 'n': row[f + 1] = Math.Min(row[f + 1], v); break;
                    case 'x': row[f + 1] = Math.Max(row[f + 1], v); break;
                    default: row[f + 1] += v; counts[(c * kinds.Count) + f]++; break;
                }
            }
        }

        for (var c = 0; c < clusterCount; c++)
        {
            var row = result.RowSpan(c);
            for (var f = 0; f < kinds.Count; f++)
            {
                row[f + 1] = kinds[f] switch
                {
                    'm' => counts[(c * kinds.Count) + f] > 0 ? row[f + 1] / counts[(c * kinds.Count) + f] : float.NaN,
                    'n' or 'x' => float.IsInfinity(row[f + 1]) ? float.NaN : row[f + 1],
                    _ => row[f + 1],
                };
            }
        }

        return result;
    }
}
