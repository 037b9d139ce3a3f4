namespace ChainTrace.Graph.Paths;

/// <summary>
/// Lists the address-to-address hops out of an address on the graph's arrays, with the options' asset and amount
/// filters and an optional time bound. Each (transaction, next address) pair is listed once, in chronological order of
/// the transactions. Not thread-safe (scratch buffers).
/// </summary>
internal sealed class HopExpander
{
    /// <summary>A bound that lets every transaction through for <see cref="Forward"/>.</summary>
    public const int NoLowerBound = -1;

    /// <summary>A bound that lets every transaction through for <see cref="Backward"/>.</summary>
    public const int NoUpperBound = int.MaxValue;

    private const int SmallLegCount = 16;

    private readonly FlowGraphArrays _a;
    private readonly UInt128 _minAmount;
    private readonly int _asset;
    private readonly HashSet<int> _seen = [];
    private readonly Dictionary<int, UInt128> _sums = [];

    public HopExpander(FlowGraph graph, PathOptions options)
    {
        _a = graph.A;
        _minAmount = options.MinAmount;
        _asset = options.Asset ?? -1;
    }

    /// <summary>Adds the hops of <paramref name="direction"/>; undirected ignores the bound.</summary>
    public void Expand(PathDirection direction, int address, int bound, List<HopStep> steps, HashSet<int>? forwardDone, HashSet<int>? backwardDone)
    {
        switch (direction)
        {
            case PathDirection.Forward:
                Forward(address, bound, steps, forwardDone);
                break;
            case PathDirection.Backward:
                Backward(address, bound, steps, backwardDone);
                break;
            default:
                Forward(address, NoLowerBound, steps, forwardDone);
                Backward(address, NoUpperBound, steps, backwardDone);
                break;
        }
    }

    /// <summary>
    /// Hops with the money: transactions <paramref name="address"/> pays into after transaction <paramref name="after"/>
    /// (exclusive), to each address they pay. Transactions already in <paramref name="done"/> are skipped, the others added.
    /// </summary>
    public void Forward(int address, int after, List<HopStep> steps, HashSet<int>? done)
    {
        var end = _a.AddrSpendStart[address + 1];
        var i = FirstSpendAfter(_a.AddrSpendStart[address], end, after);
        var lastTx = -1;
        for (; i < end; i++)
        {
            var tx = _a.InTx[_a.AddrSpends[i]];
            if (tx == lastTx)
            {
                continue;
            }

            lastTx = tx;
            if ((_asset >= 0 && _a.TxAsset[tx] != _asset) || (done is not null && !done.Add(tx)))
            {
                continue;
            }

            var first = _a.TxOutStart[tx];
            var last = _a.TxOutStart[tx + 1];
            if (_minAmount > UInt128.Zero && last - first > SmallLegCount)
            {
                SumOutputs(first, last);
            }

            _seen.Clear();
            for (var leg = first; leg < last; leg++)
            {
                var to = _a.OutAddress[leg];
                if (to < 0 || to == address || !IsFirst(_a.OutAddress, first, last, leg, to))
                {
                    continue;
                }

                if (_minAmount > UInt128.Zero && OutputsTo(first, last, leg, to) < _minAmount)
                {
                    continue;
                }

                steps.Add(new HopStep(to, tx, Reversed: false));
            }
        }
    }

    /// <summary>
    /// Hops against the money: transactions paying <paramref name="address"/> before transaction <paramref name="before"/>
    /// (exclusive), to each address that paid into them. The amount filter applies to what the transaction paid
    /// <paramref name="address"/>.
    /// </summary>
    public void Backward(int address, int before, List<HopStep> steps, HashSet<int>? done)
    {
        var start = _a.AddrReceiptStart[address];
        var end = FirstReceiptAtOrAfter(start, _a.AddrReceiptStart[address + 1], before);
        var lastTx = -1;
        for (var i = start; i < end; i++)
        {
            var tx = _a.OutTx[_a.AddrReceipts[i]];
            if (tx == lastTx)
            {
                continue;
            }

            lastTx = tx;
            if (_asset >= 0 && _a.TxAsset[tx] != _asset)
            {
                continue;
            }

            if (_minAmount > UInt128.Zero && ReceivedBy(tx, address) < _minAmount)
            {
                continue;
            }

            if (done is not null && !done.Add(tx))
            {
                continue;
            }

            var first = _a.TxInStart[tx];
            var last = _a.TxInStart[tx + 1];
            _seen.Clear();
            for (var leg = first; leg < last; leg++)
            {
                var from = _a.InAddress[leg];
                if (from >= 0 && from != address && IsFirst(_a.InAddress, first, last, leg, from))
                {
                    steps.Add(new HopStep(from, tx, Reversed: true));
                }
            }
        }
    }

    /// <summary>What transaction <paramref name="tx"/> paid <paramref name="address"/> (its outputs to it, summed).</summary>
    public static UInt128 ReceivedBy(FlowGraphArrays a, int tx, int address)
    {
        UInt128 sum = 0;
        for (var leg = a.TxOutStart[tx]; leg < a.TxOutStart[tx + 1]; leg++)
        {
            if (a.OutAddress[leg] == address)
            {
                sum += a.OutValue[leg];
            }
        }

        return sum;
    }

    /// <summary>What <paramref name="address"/> put into transaction <paramref name="tx"/> (its inputs, summed).</summary>
    public static UInt128 SentBy(FlowGraphArrays a, int tx, int address)
    {
        UInt128 sum = 0;
        for (var leg = a.TxInStart[tx]; leg < a.TxInStart[tx + 1]; leg++)
        {
            if (a.InAddress[leg] == address)
            {
                sum += a.InValue[leg];
            }
        }

        return sum;
    }

    private UInt128 ReceivedBy(int tx, int address) => ReceivedBy(_a, tx, address);

    /// <summary>True when <paramref name="leg"/> is the first leg of the range with <paramref name="address"/>.</summary>
    private bool IsFirst(int[] addresses, int first, int last, int leg, int address)
    {
        if (last - first > SmallLegCount)
        {
            return _seen.Add(address);
        }

        for (var earlier = first; earlier < leg; earlier++)
        {
            if (addresses[earlier] == address)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Outputs of the transaction whose outputs are <paramref name="first"/> … <paramref name="last"/> to <paramref name="address"/>, summed.</summary>
    private UInt128 OutputsTo(int first, int last, int leg, int address)
    {
        if (last - first > SmallLegCount)
        {
            return _sums[address];
        }

        UInt128 sum = 0;
        for (var other = leg; other < last; other++)
        {
            if (_a.OutAddress[other] == address)
            {
                sum += _a.OutValue[other];
            }
        }

        return sum;
    }

    private void SumOutputs(int first, int last)
    {
        _sums.Clear();
        for (var leg = first; leg < last; leg++)
        {
            var to = _a.OutAddress[leg];
            if (to >= 0)
            {
                _sums[to] = _sums.GetValueOrDefault(to) + _a.OutValue[leg];
            }
        }
    }

    /// <summary>First index in the address's spends whose transaction is after <paramref name="after"/>.</summary>
    private int FirstSpendAfter(int start, int end, int after)
    {
        if (after < 0)
        {
            return start;
        }

        while (start < end)
        {
            var middle = start + ((end - start) >> 1);
            if (_a.InTx[_a.AddrSpends[middle]] > after)
            {
                end = middle;
            }
            else
            {
                start = middle + 1;
            }
        }

        return start;
    }

    /// <summary>First index in the address's receipts whose transaction is at or after <paramref name="before"/>.</summary>
    private int FirstReceiptAtOrAfter(int start, int end, int before)
    {
        if (before == NoUpperBound)
        {
            return end;
        }

        while (start < end)
        {
            var middle = start + ((end - start) >> 1);
            if (_a.OutTx[_a.AddrReceipts[middle]] >= before)
            {
                end = middle;
            }
            else
            {
                start = middle + 1;
            }
        }

        return start;
    }
}
