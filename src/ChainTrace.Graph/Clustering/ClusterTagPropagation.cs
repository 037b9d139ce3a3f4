namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Propagates address tags to clusters: every address of a cluster inherits the labels of every tagged address in it.
/// A cluster whose addresses carry two or more distinct labels, or one label in two or more categories (both compared
/// ignoring case), is a conflict and is listed in <see cref="ClusterLabeling.Conflicts"/> with every label and the
/// addresses behind it.
/// </summary>
public static class ClusterTagPropagation
{
    /// <summary>Propagates <paramref name="tags"/> (address text → its tags) over <paramref name="result"/>'s clusters.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ClusterLabeling Propagate(ClusteringResult result, IReadOnlyDictionary<string, IReadOnlyList<ClusterTag>> tags)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(tags);
        var tagged = new List<(int Address, ClusterTag Tag)>();
        var unmatched = 0;
        foreach (var (address, list) in tags)
        {
            if (!result.Graph.Addresses.TryGetId(address, out var id))
            {
                unmatched++;
                continue;
            }

            foreach (var tag in list ?? [])
            {
                if (tag is not null)
                {
                    tagged.Add((id, tag));
                }
            }
        }

        // Address id, then label and category: the same tags give the same labels in the same order, whatever the
        // dictionary's enumeration order.
        tagged.Sort((x, y) =>
        {
            var order = x.Address.CompareTo(y.Address);
            order = order != 0 ? order : string.CompareOrdinal(x.Tag.Label, y.Tag.Label);
            return order != 0 ? order : string.CompareOrdinal(x.Tag.Category, y.Tag.Category);
        });
        var byCluster = new Dictionary<int, IReadOnlyList<ClusterLabel>>();
        var conflicts = new List<ClusterLabelConflict>();
        foreach (var group in tagged.GroupBy(t => result.ClusterOf(t.Address)).OrderBy(g => g.Key))
        {
            var labels = group
                .GroupBy(t => (Label: t.Tag.Label.ToUpperInvariant(), Category: t.Tag.Category.ToUpperInvariant()))
                .Select(g => new ClusterLabel(group.Key, g.First().Tag.Label, g.First().Tag.Category, g.Select(t => result.Graph.Addresses[t.Address]).Distinct(StringComparer.Ordinal).ToList()))
                .ToList();
            byCluster[group.Key] = labels;
            if (labels.Count > 1)
            {
                conflicts.Add(new ClusterLabelConflict(group.Key, result.SizeOf(group.Key), labels));
            }
        }

        return new ClusterLabeling(result, byCluster, conflicts, unmatched);
    }
}
