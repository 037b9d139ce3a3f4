namespace ChainTrace.Graph.Tracing;

/// <summary>Follows taint from seed outputs to later transactions, in chronological order.</summary>
internal sealed class ForwardTrace : TraceState
{
    private readonly PriorityQueue<int, int> _queue = new();
    private readonly HashSet<int> _queued = [];
    private readonly Dictionary<(int Address, int Asset), BalancePool> _pools = [];
    private readonly Dictionary<(int Address, int Asset), TraceExitKind> _closed = [];
    private readonly List<(int Leg, UInt128 Taint, int Hop)> _scratch = [];

    public ForwardTrace(FlowGraph graph, TraceOptions options)
        : base(graph, options)
    {
    }

    public void Seed(IEnumerable<int> outputLegs)
    {
        var legs = outputLegs.Distinct().Order().ToList();
        foreach (var leg in legs)
        {
            AddSeedCluster(A.OutAddress[leg]);
        }

        foreach (var leg in legs)
        {
            var asset = A.TxAsset[A.OutTx[leg]];
            Seeded[asset] = Seeded.GetValueOrDefault(asset) + A.OutValue[leg];
            SeedLegs.Add(leg);
            Deliver(leg, A.OutValue[leg], 0, seed: true);
        }
    }

    public void Run(CancellationToken cancellationToken)
    {
        var steps = 0;
        while (_queue.TryDequeue(out var tx, out _))
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Utxo)
            {
                ProcessUtxo(tx);
            }
            else
            {
                ProcessAccount(tx);
            }
        }

        foreach (var ((address, asset), pool) in _pools)
        {
            if (_closed.ContainsKey((address, asset)))
            {
                continue;
            }

            Advance(pool, address, asset, int.MaxValue);
            if (pool.Taint > 0)
            {
                Exit(TraceExitKind.Unspent, address, asset, pool.Taint, pool.Hop(), -1, -1);
            }
        }

        Exits.Sort((a, b) => (a.Transaction, a.Leg, a.Kind, a.Address).CompareTo((b.Transaction, b.Leg, b.Kind, b.Address)));
    }

    private void ProcessUtxo(int tx)
    {
        var inputs = A.TxInStart[tx]..A.TxInStart[tx + 1];
        var (inStart, inCount) = inputs.GetOffsetAndLength(A.InAddress.Length);
        var inValue = A.InValue.AsSpan(inStart, inCount);
        var inTaint = new UInt128[inCount];
        var record = new TxRecord { Hop = int.MaxValue };
        for (var i = 0; i < inCount; i++)
        {
            var source = A.InSource[inStart + i];
            if (source >= 0 && LegTaint.TryGetValue(source, out var taint))
            {
                inTaint[i] = taint.Amount;
                record.Sources.Add((source, taint.Amount));
                record.Hop = Math.Min(record.Hop, taint.Hop + 1);
            }
        }

        var (outStart, outCount) = (A.TxOutStart[tx], A.TxOutStart[tx + 1] - A.TxOutStart[tx]);
        var sinkValue = new UInt128[outCount + 1];
        A.OutValue.AsSpan(outStart, outCount).CopyTo(sinkValue);
        var valueIn = Amounts.Sum(inValue);
        var valueOut = Amounts.Sum(sinkValue);
        sinkValue[outCount] = valueIn > valueOut ? valueIn - valueOut : 0;
        var sinkTaint = new UInt128[outCount + 1];
        TaintAllocator.Allocate(Options.Policy, backward: false, inValue, inTaint, sinkValue, sinkTaint);
        record.TaintIn = Amounts.Sum(inTaint);
        record.ValueIn = valueIn;
        record.TaintToFee = sinkTaint[outCount];
        Transactions[tx] = record;
        AddFee(0, record.TaintToFee);
        for (var o = 0; o < outCount; o++)
        {
            if (sinkTaint[o] > 0)
            {
                Deliver(outStart + o, sinkTaint[o], record.Hop, seed: false);
            }
        }
    }

    private void ProcessAccount(int tx)
    {
        var leg = A.TxInStart[tx];
        var address = A.InAddress[leg];
        var asset = A.TxAsset[tx];
        var key = (address, asset);
        var pool = _pools[key];
        Advance(pool, address, asset, tx);
        pool.NextSpend = IndexAfter(Graph.SpendsOf(address), leg);
        var value = A.InValue[leg];
        var taint = pool.Take(value, Options.Policy, _scratch);
        var record = new TxRecord { Hop = int.MaxValue, TaintIn = taint, ValueIn = value };
        foreach (var (source, amount, hop) in _scratch)
        {
            record.Sources.Add((source, amount));
            record.Hop = Math.Min(record.Hop, hop + 1);
        }

        if (record.Hop == int.MaxValue)
        {
            record.Hop = pool.Hop() + 1;
        }

        Transactions[tx] = record;
        if (A.TxOutStart[tx + 1] == A.TxOutStart[tx])
        {
            record.TaintToFee = taint;
            AddFee(asset, taint);
        }
        else if (taint > 0)
        {
            Deliver(A.TxOutStart[tx], taint, record.Hop, seed: false);
        }

        if (pool.Taint > 0)
        {
            ScheduleNextSpend(address, asset, tx, pool);
        }
    }

    /// <summary>Taint has arrived on an output leg: stop there, or schedule where it goes next.</summary>
    private void Deliver(int leg, UInt128 amount, int hop, bool seed)
    {
        var tx = A.OutTx[leg];
        var asset = A.TxAsset[tx];
        var address = A.OutAddress[leg];
        LegTaint[leg] = (amount, hop);
        Touch(address, asset, amount, hop);
        if (amount < Options.MinAmount)
        {
            Exit(TraceExitKind.BelowMinimum, address, asset, amount, hop, tx, leg);
            return;
        }

        if ((!seed || !Utxo) && StopAt(address) is { } stop)
        {
            Exit(stop, address, asset, amount, hop, tx, leg);
            return;
        }

        if (address < 0)
        {
            Exit(TraceExitKind.Unspendable, address, asset, amount, hop, tx, leg);
            return;
        }

        if (Utxo)
        {
            var spender = A.OutSpentBy[leg];
            if (spender < 0)
            {
                Exit(TraceExitKind.Unspent, address, asset, amount, hop, tx, leg);
            }
            else if (Limit(A.InTx[spender], hop) is { } limit)
            {
                Exit(limit, address, asset, amount, hop, tx, leg);
            }
            else
            {
                Enqueue(A.InTx[spender]);
            }

            return;
        }

        var key = (address, asset);
        if (_closed.TryGetValue(key, out var closed))
        {
            Exit(closed, address, asset, amount, hop, tx, leg);
            return;
        }

        if (!_pools.TryGetValue(key, out var pool))
        {
            _pools[key] = pool = new BalancePool();
        }

        ScheduleNextSpend(address, asset, tx, pool);
    }

    private void ScheduleNextSpend(int address, int asset, int afterTx, BalancePool pool)
    {
        var spends = Graph.SpendsOf(address);
        for (var i = FirstAfter(spends, afterTx); i < spends.Length; i++)
        {
            var tx = A.InTx[spends[i]];
            if (A.TxAsset[tx] != asset)
            {
                continue;
            }

            if (Limit(tx, pool.Hop()) is { } limit)
            {
                Advance(pool, address, asset, tx);
                Exit(limit, address, asset, pool.Taint, pool.Hop(), -1, -1);
                _closed[(address, asset)] = limit;
            }
            else
            {
                Enqueue(tx);
            }

            return;
        }
    }

    /// <summary>Applies the address's receipts and spends before <paramref name="tx"/> to its pool.</summary>
    private void Advance(BalancePool pool, int address, int asset, int tx)
    {
        var (nextReceipt, nextSpend) = (pool.NextReceipt, pool.NextSpend);
        WalkLedger(
            address,
            asset,
            tx,
            ref nextReceipt,
            ref nextSpend,
            leg =>
            {
                var taint = LegTaint.TryGetValue(leg, out var t) ? t : (0, 0);
                pool.Add(A.OutValue[leg], taint.Amount, taint.Hop, leg);
            },
            leg => pool.Take(A.InValue[leg], Options.Policy, _scratch)); // before the taint arrived: clean
        (pool.NextReceipt, pool.NextSpend) = (nextReceipt, nextSpend);
    }

    private TraceExitKind? Limit(int nextTx, int hop)
    {
        if (hop + 1 > Options.MaxHops)
        {
            return TraceExitKind.HopLimit;
        }

        return AfterWindow(nextTx) ? TraceExitKind.TimeWindow : null;
    }

    private void Enqueue(int tx)
    {
        if (_queued.Add(tx))
        {
            _queue.Enqueue(tx, tx);
        }
    }

    /// <summary>Index of the first leg in <paramref name="legs"/> whose transaction is after <paramref name="tx"/>.</summary>
    private int FirstAfter(ReadOnlySpan<int> legs, int tx)
    {
        int lo = 0, hi = legs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (A.InTx[legs[mid]] <= tx)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int IndexAfter(ReadOnlySpan<int> legs, int leg)
    {
        var index = legs.BinarySearch(leg);
        return index < 0 ? ~index : index + 1;
    }
}
