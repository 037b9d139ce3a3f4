namespace ChainTrace.Cases;

/// <summary>
/// The flow graph of a case, neutral of how it was traced: nodes sorted by id and edges in a fixed total order, so
/// every export of the same graph is the same bytes whatever order the caller built it in.
/// </summary>
public sealed class CaseGraph
{
    private readonly Dictionary<string, CaseNode> _byId;

    /// <summary>Creates the graph and checks it.</summary>
    /// <param name="nodes">The nodes; ids must be unique.</param>
    /// <param name="edges">The edges; their ends must be nodes of the graph. Parallel edges are allowed.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">A node id repeats, or an edge names a node that is not in the graph.</exception>
    public CaseGraph(IEnumerable<CaseNode> nodes, IEnumerable<CaseEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        _byId = new Dictionary<string, CaseNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            ArgumentNullException.ThrowIfNull(node, nameof(nodes));
            if (!_byId.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Node id '{node.Id}' appears twice.", nameof(nodes));
            }
        }

        var edgeList = new List<CaseEdge>();
        foreach (var edge in edges)
        {
            ArgumentNullException.ThrowIfNull(edge, nameof(edges));
            if (!_byId.ContainsKey(edge.Source) || !_byId.ContainsKey(edge.Target))
            {
                throw new ArgumentException(
                    $"Edge {edge.Source} -> {edge.Target} (tx {edge.TxId}) names a node that is not in the graph.", nameof(edges));
            }

            edgeList.Add(edge);
        }

        Nodes = [.. _byId.Values.OrderBy(node => node.Id, StringComparer.Ordinal)];
        edgeList.Sort(CompareEdges);
        Edges = edgeList;
    }

    /// <summary>An empty graph.</summary>
    public static CaseGraph Empty { get; } = new([], []);

    /// <summary>The nodes, sorted by id (ordinal).</summary>
    public IReadOnlyList<CaseNode> Nodes { get; }

    /// <summary>The edges, sorted by hop, time, transaction, source, target, asset, value, tainted.</summary>
    public IReadOnlyList<CaseEdge> Edges { get; }

    /// <summary>The node with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public CaseNode this[string id] => _byId.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node '{id}'.");

    /// <summary>Looks a node up by id. Never throws.</summary>
    public bool TryGetNode(string id, out CaseNode? node) => _byId.TryGetValue(id, out node);

    private static int CompareEdges(CaseEdge a, CaseEdge b)
    {
        var c = a.Hop.CompareTo(b.Hop);
        if (c == 0) { c = a.Time.UtcTicks.CompareTo(b.Time.UtcTicks); }
        if (c == 0) { c = string.CompareOrdinal(a.TxId, b.TxId); }
        if (c == 0) { c = string.CompareOrdinal(a.Source, b.Source); }
        if (c == 0) { c = string.CompareOrdinal(a.Target, b.Target); }
        if (c == 0) { c = string.CompareOrdinal(a.Asset, b.Asset); }
        if (c == 0) { c = a.Value.CompareTo(b.Value); }
        if (c == 0) { c = a.Tainted.CompareTo(b.Tainted); }
        return c;
    }
}
