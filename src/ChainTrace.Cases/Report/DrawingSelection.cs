namespace ChainTrace.Cases;

/// <summary>Which nodes the report draws: all when few, else the most important (seeds, exits, then largest tainted).</summary>
internal static class DrawingSelection
{
    /// <summary>The nodes to draw, at most <paramref name="maxNodes"/>.</summary>
    public static List<CaseNode> Select(CaseGraph graph, IReadOnlySet<string> exitAddresses, int maxNodes)
    {
        if (graph.Nodes.Count <= maxNodes)
        {
            return [.. graph.Nodes];
        }

        return
        [
            .. graph.Nodes
                .OrderByDescending(node => node.IsSeed)
                .ThenByDescending(node => node.Kind == CaseNodeKind.Address && exitAddresses.Contains(node.Name))
                .ThenByDescending(node => node.Tainted)
                .ThenBy(node => node.Hop)
                .ThenBy(node => node.Id, StringComparer.Ordinal)
                .Take(maxNodes),
        ];
    }
}
