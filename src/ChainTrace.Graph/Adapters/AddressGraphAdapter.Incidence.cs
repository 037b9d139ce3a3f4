using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>Out- and in-edges of <see cref="AddressGraphAdapter"/>.</summary>
public sealed partial class AddressGraphAdapter
{
    /// <summary>
    /// The hops out of address <paramref name="vertex"/>: for each of its input legs (chronological), one edge per
    /// addressed output leg of that transaction.
    /// </summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public IEnumerable<AddressFlowEdge> OutEdges(int vertex)
    {
        ThrowIfUnknown(vertex);
        return OutEdgesOf(vertex);
    }

    /// <inheritdoc/>
    public bool TryGetOutEdges(int vertex, out IEnumerable<AddressFlowEdge> edges)
    {
        edges = ContainsVertex(vertex) ? OutEdgesOf(vertex) : [];
        return ContainsVertex(vertex);
    }

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public bool IsOutEdgesEmpty(int vertex) => OutDegree(vertex) == 0;

    /// <summary>Number of out-edges of <paramref name="vertex"/>; O(legs of the transactions it pays into).</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public int OutDegree(int vertex)
    {
        ThrowIfUnknown(vertex);
        var degree = 0;
        for (var i = _a.AddrSpendStart[vertex]; i < _a.AddrSpendStart[vertex + 1]; i++)
        {
            degree += AddressedOutputs(_a.InTx[_a.AddrSpends[i]]);
        }

        return degree;
    }

    /// <summary>Out-edge number <paramref name="index"/> in <see cref="OutEdges"/> order.</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="OutDegree"/>.</exception>
    public AddressFlowEdge OutEdge(int vertex, int index)
    {
        ThrowIfUnknown(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var remaining = index;
        foreach (var edge in OutEdgesOf(vertex))
        {
            if (remaining-- == 0)
            {
                return edge;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index), index, "The vertex has fewer out-edges.");
    }

    /// <summary>
    /// The hops into address <paramref name="vertex"/>: for each output leg paying it (chronological), one edge per
    /// addressed input leg of that transaction.
    /// </summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public IEnumerable<AddressFlowEdge> InEdges(int vertex)
    {
        ThrowIfUnknown(vertex);
        return InEdgesOf(vertex);
    }

    /// <inheritdoc/>
    public bool TryGetInEdges(int vertex, out IEnumerable<AddressFlowEdge> edges)
    {
        edges = ContainsVertex(vertex) ? InEdgesOf(vertex) : [];
        return ContainsVertex(vertex);
    }

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public bool IsInEdgesEmpty(int vertex) => InDegree(vertex) == 0;

    /// <summary>Number of in-edges of <paramref name="vertex"/>; O(legs of the transactions paying it).</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public int InDegree(int vertex)
    {
        ThrowIfUnknown(vertex);
        var degree = 0;
        for (var i = _a.AddrReceiptStart[vertex]; i < _a.AddrReceiptStart[vertex + 1]; i++)
        {
            degree += AddressedInputs(_a.OutTx[_a.AddrReceipts[i]]);
        }

        return degree;
    }

    /// <summary>In-edge number <paramref name="index"/> in <see cref="InEdges"/> order.</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="InDegree"/>.</exception>
    public AddressFlowEdge InEdge(int vertex, int index)
    {
        ThrowIfUnknown(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var remaining = index;
        foreach (var edge in InEdgesOf(vertex))
        {
            if (remaining-- == 0)
            {
                return edge;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index), index, "The vertex has fewer in-edges.");
    }

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public int Degree(int vertex) => InDegree(vertex) + OutDegree(vertex);

    private IEnumerable<AddressFlowEdge> OutEdgesOf(int vertex)
    {
        for (var i = _a.AddrSpendStart[vertex]; i < _a.AddrSpendStart[vertex + 1]; i++)
        {
            var input = _a.AddrSpends[i];
            var tx = _a.InTx[input];
            for (var output = _a.TxOutStart[tx]; output < _a.TxOutStart[tx + 1]; output++)
            {
                var to = _a.OutAddress[output];
                if (to >= 0)
                {
                    yield return new AddressFlowEdge(vertex, to, tx, input, output);
                }
            }
        }
    }

    private IEnumerable<AddressFlowEdge> InEdgesOf(int vertex)
    {
        for (var i = _a.AddrReceiptStart[vertex]; i < _a.AddrReceiptStart[vertex + 1]; i++)
        {
            var output = _a.AddrReceipts[i];
            var tx = _a.OutTx[output];
            for (var input = _a.TxInStart[tx]; input < _a.TxInStart[tx + 1]; input++)
            {
                var from = _a.InAddress[input];
                if (from >= 0)
                {
                    yield return new AddressFlowEdge(from, vertex, tx, input, output);
                }
            }
        }
    }
}
