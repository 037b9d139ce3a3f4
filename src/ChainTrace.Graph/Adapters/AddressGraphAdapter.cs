using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>
/// The address-to-address view of a <see cref="FlowGraph"/> as a QuikGraph
/// <see cref="IBidirectionalGraph{TVertex, TEdge}"/>: vertices are address ids (0 … address count-1) and each
/// <see cref="AddressFlowEdge"/> pairs an input leg of a transaction with one of its output legs, i.e. the step
/// address → transaction → address collapsed into one hop carrying the transaction, the amount (the output leg's
/// value, <see cref="Amount"/>) and the time (<see cref="Timestamp"/>). Nothing is copied; edges are made from the
/// arrays when asked for. Directed, with parallel edges (one per input × output leg pair) and self-loops (change).
/// </summary>
/// <remarks>
/// A transaction with <c>i</c> addressed inputs and <c>o</c> addressed outputs yields <c>i × o</c> edges, so degrees
/// and <see cref="EdgeCount"/> are computed by walking legs (O(legs touched)); edge enumeration is lazy. Unknown
/// vertices make the edge enumerations throw <see cref="VertexNotFoundException"/>. Immutable; thread-safe.
/// </remarks>
public sealed partial class AddressGraphAdapter : IBidirectionalGraph<int, AddressFlowEdge>
{
    private readonly FlowGraphArrays _a;
    private long _edgeCount = -1;

    /// <summary>Wraps <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public AddressGraphAdapter(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        _a = graph.A;
    }

    /// <summary>The wrapped graph.</summary>
    public FlowGraph Graph { get; }

    /// <inheritdoc/>
    public bool IsDirected => true;

    /// <inheritdoc/>
    public bool AllowParallelEdges => true;

    /// <inheritdoc/>
    public bool IsVerticesEmpty => VertexCount == 0;

    /// <summary>Number of addresses.</summary>
    public int VertexCount => _a.AddressNames.Length;

    /// <summary>All address ids, 0 … VertexCount-1.</summary>
    public IEnumerable<int> Vertices => Enumerable.Range(0, VertexCount);

    /// <inheritdoc/>
    public bool IsEdgesEmpty => LongEdgeCount == 0;

    /// <summary>Number of edges (addressed input × addressed output leg pairs, summed over transactions).</summary>
    /// <exception cref="OverflowException">More than 2^31-1 edges; use <see cref="LongEdgeCount"/>.</exception>
    public int EdgeCount => checked((int)LongEdgeCount);

    /// <summary>Number of edges as a long; counted once, on first use.</summary>
    public long LongEdgeCount
    {
        get
        {
            var count = Volatile.Read(ref _edgeCount);
            if (count < 0)
            {
                count = 0;
                for (var tx = 0; tx < _a.TxHash.Length; tx++)
                {
                    count += (long)AddressedInputs(tx) * AddressedOutputs(tx);
                }

                Volatile.Write(ref _edgeCount, count);
            }

            return count;
        }
    }

    /// <summary>All edges, transaction by transaction (chronological), inputs then outputs in leg order.</summary>
    public IEnumerable<AddressFlowEdge> Edges
    {
        get
        {
            for (var tx = 0; tx < _a.TxHash.Length; tx++)
            {
                for (var input = _a.TxInStart[tx]; input < _a.TxInStart[tx + 1]; input++)
                {
                    var from = _a.InAddress[input];
                    if (from < 0)
                    {
                        continue;
                    }

                    for (var output = _a.TxOutStart[tx]; output < _a.TxOutStart[tx + 1]; output++)
                    {
                        var to = _a.OutAddress[output];
                        if (to >= 0)
                        {
                            yield return new AddressFlowEdge(from, to, tx, input, output);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The amount the edge moved to its target: the output leg's value in base units.</summary>
    /// <exception cref="ArgumentException">The edge is not an edge of this graph.</exception>
    public UInt128 Amount(AddressFlowEdge edge) =>
        ContainsEdge(edge) ? _a.OutValue[edge.OutputLeg] : throw new ArgumentException("Not an edge of this graph.", nameof(edge));

    /// <summary>The block time of the edge's transaction, Unix seconds.</summary>
    /// <exception cref="ArgumentException">The edge is not an edge of this graph.</exception>
    public long Timestamp(AddressFlowEdge edge) =>
        ContainsEdge(edge) ? _a.TxTime[edge.Transaction] : throw new ArgumentException("Not an edge of this graph.", nameof(edge));

    /// <inheritdoc/>
    public bool ContainsVertex(int vertex) => vertex >= 0 && vertex < VertexCount;

    /// <summary>True when the edge's legs exist, belong to its transaction and have its addresses.</summary>
    public bool ContainsEdge(AddressFlowEdge edge) =>
        edge.InputLeg >= 0 && edge.InputLeg < _a.InAddress.Length && edge.OutputLeg >= 0 && edge.OutputLeg < _a.OutAddress.Length
        && _a.InTx[edge.InputLeg] == edge.Transaction && _a.OutTx[edge.OutputLeg] == edge.Transaction
        && _a.InAddress[edge.InputLeg] == edge.Source && _a.OutAddress[edge.OutputLeg] == edge.Target && edge.Source >= 0 && edge.Target >= 0;

    /// <inheritdoc/>
    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    /// <summary>The first edge from <paramref name="source"/> to <paramref name="target"/> (earliest transaction).</summary>
    public bool TryGetEdge(int source, int target, out AddressFlowEdge edge)
    {
        if (ContainsVertex(source) && ContainsVertex(target))
        {
            foreach (var found in OutEdges(source))
            {
                if (found.Target == target)
                {
                    edge = found;
                    return true;
                }
            }
        }

        edge = default;
        return false;
    }

    /// <summary>All edges from <paramref name="source"/> to <paramref name="target"/>; false when a vertex is unknown.</summary>
    public bool TryGetEdges(int source, int target, out IEnumerable<AddressFlowEdge> edges)
    {
        if (!ContainsVertex(source) || !ContainsVertex(target))
        {
            edges = [];
            return false;
        }

        edges = OutEdges(source).Where(e => e.Target == target).ToList();
        return true;
    }

    private int AddressedInputs(int tx)
    {
        var count = 0;
        for (var leg = _a.TxInStart[tx]; leg < _a.TxInStart[tx + 1]; leg++)
        {
            count += _a.InAddress[leg] >= 0 ? 1 : 0;
        }

        return count;
    }

    private int AddressedOutputs(int tx)
    {
        var count = 0;
        for (var leg = _a.TxOutStart[tx]; leg < _a.TxOutStart[tx + 1]; leg++)
        {
            count += _a.OutAddress[leg] >= 0 ? 1 : 0;
        }

        return count;
    }

    private void ThrowIfUnknown(int vertex)
    {
        if (!ContainsVertex(vertex))
        {
            throw new VertexNotFoundException($"Vertex {vertex} is not an address id of the flow graph (0 … {VertexCount - 1}).");
        }
    }
}
