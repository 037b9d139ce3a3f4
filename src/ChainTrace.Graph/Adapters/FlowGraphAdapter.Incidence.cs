using QuikGraph;

namespace ChainTrace.Graph.Adapters;

/// <summary>Out- and in-edges of <see cref="FlowGraphAdapter"/>.</summary>
public sealed partial class FlowGraphAdapter
{
    /// <summary>
    /// The edges leaving <paramref name="vertex"/>: for an address its input legs (chronological), for a transaction its
    /// output legs that have an address (in output order).
    /// </summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public IEnumerable<FlowEdge> OutEdges(int vertex)
    {
        ThrowIfUnknown(vertex);
        return Nodes.IsTransaction(vertex) ? TransactionOutputs(vertex) : AddressSpends(vertex);
    }

    /// <inheritdoc/>
    public bool TryGetOutEdges(int vertex, out IEnumerable<FlowEdge> edges)
    {
        if (!Nodes.Contains(vertex))
        {
            edges = [];
            return false;
        }

        edges = OutEdges(vertex);
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public bool IsOutEdgesEmpty(int vertex) => OutDegree(vertex) == 0;

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public int OutDegree(int vertex)
    {
        ThrowIfUnknown(vertex);
        if (Nodes.IsTransaction(vertex))
        {
            return CountAddressed(_a.OutAddress, _a.TxOutStart[vertex], _a.TxOutStart[vertex + 1]);
        }

        var address = vertex - _txCount;
        return _a.AddrSpendStart[address + 1] - _a.AddrSpendStart[address];
    }

    /// <summary>The out-edge number <paramref name="index"/> of <paramref name="vertex"/>, in <see cref="OutEdges"/> order.</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="OutDegree"/>.</exception>
    public FlowEdge OutEdge(int vertex, int index)
    {
        ThrowIfUnknown(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (Nodes.IsAddress(vertex))
        {
            var address = vertex - _txCount;
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _a.AddrSpendStart[address + 1] - _a.AddrSpendStart[address]);
            var leg = _a.AddrSpends[_a.AddrSpendStart[address] + index];
            return new FlowEdge(vertex, _a.InTx[leg], leg, IsInput: true);
        }

        var remaining = index;
        foreach (var edge in TransactionOutputs(vertex))
        {
            if (remaining-- == 0)
            {
                return edge;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index), index, "The vertex has fewer out-edges.");
    }

    /// <summary>
    /// The edges entering <paramref name="vertex"/>: for an address the output legs paying it (chronological), for a
    /// transaction its input legs that have an address (in input order).
    /// </summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public IEnumerable<FlowEdge> InEdges(int vertex)
    {
        ThrowIfUnknown(vertex);
        return Nodes.IsTransaction(vertex) ? TransactionInputs(vertex) : AddressReceipts(vertex);
    }

    /// <inheritdoc/>
    public bool TryGetInEdges(int vertex, out IEnumerable<FlowEdge> edges)
    {
        if (!Nodes.Contains(vertex))
        {
            edges = [];
            return false;
        }

        edges = InEdges(vertex);
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public bool IsInEdgesEmpty(int vertex) => InDegree(vertex) == 0;

    /// <inheritdoc/>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    public int InDegree(int vertex)
    {
        ThrowIfUnknown(vertex);
        if (Nodes.IsTransaction(vertex))
        {
            return CountAddressed(_a.InAddress, _a.TxInStart[vertex], _a.TxInStart[vertex + 1]);
        }

        var address = vertex - _txCount;
        return _a.AddrReceiptStart[address + 1] - _a.AddrReceiptStart[address];
    }

    /// <summary>The in-edge number <paramref name="index"/> of <paramref name="vertex"/>, in <see cref="InEdges"/> order.</summary>
    /// <exception cref="VertexNotFoundException">Unknown vertex.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="InDegree"/>.</exception>
    public FlowEdge InEdge(int vertex, int index)
    {
        ThrowIfUnknown(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (Nodes.IsAddress(vertex))
        {
            var address = vertex - _txCount;
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _a.AddrReceiptStart[address + 1] - _a.AddrReceiptStart[address]);
            var leg = _a.AddrReceipts[_a.AddrReceiptStart[address] + index];
            return new FlowEdge(_a.OutTx[leg], vertex, leg, IsInput: false);
        }

        var remaining = index;
        foreach (var edge in TransactionInputs(vertex))
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

    private IEnumerable<FlowEdge> TransactionOutputs(int tx)
    {
        for (var leg = _a.TxOutStart[tx]; leg < _a.TxOutStart[tx + 1]; leg++)
        {
            var address = _a.OutAddress[leg];
            if (address >= 0)
            {
                yield return new FlowEdge(tx, _txCount + address, leg, IsInput: false);
            }
        }
    }

    private IEnumerable<FlowEdge> TransactionInputs(int tx)
    {
        for (var leg = _a.TxInStart[tx]; leg < _a.TxInStart[tx + 1]; leg++)
        {
            var address = _a.InAddress[leg];
            if (address >= 0)
            {
                yield return new FlowEdge(_txCount + address, tx, leg, IsInput: true);
            }
        }
    }

    private IEnumerable<FlowEdge> AddressSpends(int vertex)
    {
        var address = vertex - _txCount;
        for (var i = _a.AddrSpendStart[address]; i < _a.AddrSpendStart[address + 1]; i++)
        {
            var leg = _a.AddrSpends[i];
            yield return new FlowEdge(vertex, _a.InTx[leg], leg, IsInput: true);
        }
    }

    private IEnumerable<FlowEdge> AddressReceipts(int vertex)
    {
        var address = vertex - _txCount;
        for (var i = _a.AddrReceiptStart[address]; i < _a.AddrReceiptStart[address + 1]; i++)
        {
            var leg = _a.AddrReceipts[i];
            yield return new FlowEdge(_a.OutTx[leg], vertex, leg, IsInput: false);
        }
    }
}
