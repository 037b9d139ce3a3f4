using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>
/// A <see cref="FlowGraph"/> seen as a QuikGraph <see cref="IBidirectionalGraph{TVertex, TEdge}"/>, so QuikGraph's
/// algorithms (shortest paths, strongly connected components, searches …) run on it. Nothing is copied: vertices
/// are the numbers of <see cref="FlowNodeSpace"/> (transactions, then addresses) and every <see cref="FlowEdge"/> is
/// made from the graph's arrays when asked for. Directed, with parallel edges (an address with two inputs into one
/// transaction has two edges to it).
/// </summary>
/// <remarks>
/// Costs: out-edges of an address and in-edges of an address are O(1) to count and index; those of a transaction cost
/// O(legs of the transaction) because legs without an address are skipped. <see cref="EdgeCount"/> is counted once,
/// on first use, in O(legs). Unknown vertices make the edge enumerations throw
/// <see cref="VertexNotFoundException"/>, as QuikGraph's own graphs do. Immutable; safe to share between threads.
/// </remarks>
public sealed partial class FlowGraphAdapter : IBidirectionalGraph<int, FlowEdge>
{
    private readonly FlowGraphArrays _a;
    private readonly int _txCount;
    private long _edgeCount = -1;

    /// <summary>Wraps <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="OverflowException">The graph has more than 2^31-1 nodes.</exception>
    public FlowGraphAdapter(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Nodes = FlowNodeSpace.Of(graph);
        _a = graph.A;
        _txCount = graph.TransactionCount;
    }

    /// <summary>The wrapped graph.</summary>
    public FlowGraph Graph { get; }

    /// <summary>The vertex numbering.</summary>
    public FlowNodeSpace Nodes { get; }

    /// <inheritdoc/>
    public bool IsDirected => true;

    /// <inheritdoc/>
    public bool AllowParallelEdges => true;

    /// <inheritdoc/>
    public bool IsVerticesEmpty => Nodes.NodeCount == 0;

    /// <inheritdoc/>
    public int VertexCount => Nodes.NodeCount;

    /// <summary>All vertices, transactions first (0 … VertexCount-1).</summary>
    public IEnumerable<int> Vertices => Enumerable.Range(0, Nodes.NodeCount);

    /// <inheritdoc/>
    public bool IsEdgesEmpty => EdgeCount == 0;

    /// <summary>Number of edges: input and output legs that have an address.</summary>
    /// <exception cref="OverflowException">More than 2^31-1 edges (QuikGraph counts in int); use <see cref="LongEdgeCount"/>.</exception>
    public int EdgeCount => checked((int)LongEdgeCount);

    /// <summary>Number of edges as a long: input and output legs that have an address.</summary>
    public long LongEdgeCount
    {
        get
        {
            var count = Volatile.Read(ref _edgeCount);
            if (count < 0)
            {
                count = CountAddressed(_a.InAddress, 0, _a.InAddress.Length) + (long)CountAddressed(_a.OutAddress, 0, _a.OutAddress.Length);
                Volatile.Write(ref _edgeCount, count);
            }

            return count;
        }
    }

    /// <summary>All edges: the input legs in leg order, then the output legs in leg order.</summary>
    public IEnumerable<FlowEdge> Edges
    {
        get
        {
            for (var leg = 0; leg < _a.InAddress.Length; leg++)
            {
                var address = _a.InAddress[leg];
                if (address >= 0)
                {
                    yield return new FlowEdge(_txCount + address, _a.InTx[leg], leg, IsInput: true);
                }
            }

            for (var leg = 0; leg < _a.OutAddress.Length; leg++)
            {
                var address = _a.OutAddress[leg];
                if (address >= 0)
                {
                    yield return new FlowEdge(_a.OutTx[leg], _txCount + address, leg, IsInput: false);
                }
            }
        }
    }

    /// <inheritdoc/>
    public bool ContainsVertex(int vertex) => Nodes.Contains(vertex);

    /// <summary>True when <paramref name="edge"/> is a leg of the graph with exactly this source and target.</summary>
    public bool ContainsEdge(FlowEdge edge)
    {
        if (edge.Leg < 0)
        {
            return false;
        }

        if (edge.IsInput)
        {
            return edge.Leg < _a.InAddress.Length && _a.InAddress[edge.Leg] >= 0
                && edge.Source == _txCount + _a.InAddress[edge.Leg] && edge.Target == _a.InTx[edge.Leg];
        }

        return edge.Leg < _a.OutAddress.Length && _a.OutAddress[edge.Leg] >= 0
            && edge.Source == _a.OutTx[edge.Leg] && edge.Target == _txCount + _a.OutAddress[edge.Leg];
    }

    /// <inheritdoc/>
    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    /// <summary>The first edge from <paramref name="source"/> to <paramref name="target"/> (lowest leg id).</summary>
    public bool TryGetEdge(int source, int target, out FlowEdge edge)
    {
        foreach (var found in EdgesBetween(source, target))
        {
            edge = found;
            return true;
        }

        edge = default;
        return false;
    }

    /// <summary>All edges from <paramref name="source"/> to <paramref name="target"/>; false when a vertex is unknown.</summary>
    public bool TryGetEdges(int source, int target, out IEnumerable<FlowEdge> edges)
    {
        if (!Nodes.Contains(source) || !Nodes.Contains(target))
        {
            edges = [];
            return false;
        }

        edges = EdgesBetween(source, target).ToList();
        return true;
    }

    private static int CountAddressed(int[] addresses, int start, int end)
    {
        var count = 0;
        for (var leg = start; leg < end; leg++)
        {
            if (addresses[leg] >= 0)
            {
                count++;
            }
        }

        return count;
    }

    private IEnumerable<FlowEdge> EdgesBetween(int source, int target)
    {
        if (Nodes.IsAddress(source) && Nodes.IsTransaction(target))
        {
            var address = source - _txCount;
            for (var leg = _a.TxInStart[target]; leg < _a.TxInStart[target + 1]; leg++)
            {
                if (_a.InAddress[leg] == address)
                {
                    yield return new FlowEdge(source, target, leg, IsInput: true);
                }
            }
        }
        else if (Nodes.IsTransaction(source) && Nodes.IsAddress(target))
        {
            var address = target - _txCount;
            for (var leg = _a.TxOutStart[source]; leg < _a.TxOutStart[source + 1]; leg++)
            {
                if (_a.OutAddress[leg] == address)
                {
                    yield return new FlowEdge(source, target, leg, IsInput: false);
                }
            }
        }
    }

    private void ThrowIfUnknown(int vertex)
    {
        if (!Nodes.Contains(vertex))
        {
            throw new VertexNotFoundException($"Vertex {vertex} is not a node of the flow graph (0 … {Nodes.NodeCount - 1}).");
        }
    }
}
