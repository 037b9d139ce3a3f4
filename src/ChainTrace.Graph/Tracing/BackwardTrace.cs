namespace ChainTrace.Graph.Tracing;

/// <summary>
/// Follows value from seed outputs back to where it came from, latest transaction first. On account chains the
/// sender's balance is replayed up to the spend to see, by policy, which receipts funded it.
/// </summary>
internal sealed class BackwardTrace : TraceState
{
    private readonly PriorityQueue<int, int> _queue = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));
    private readonly HashSet<int> _queued = [];
    private readonly List<(int Leg, UInt128 Taint, int Hop)> _scratch = [];

    public BackwardTrace(FlowGraph graph, TraceOptions options)
        : base(graph, options)
    {
    }

    public void Seed(IEnumerable<int> outputLegs)
    {
        foreach (var leg in outputLegs.Distinct().Order())
        {
            AddSeedCluster(A.OutAddress[leg]);
            var asset = A.TxAsset[A.OutTx[leg]];
            Seeded[asset] = Seeded.GetValueOrDefault(asset) + A.OutValue[leg];
            SeedLegs.Add(leg);
            Claim(leg, A.OutValue[leg], 0);
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

            Process(tx);
        }

        Exits.Sort((a, b) => (a.Transaction, a.Leg, a.Kind, a.Address).CompareTo((b.Transaction, b.Leg, b.Kind, b.Address)));
    }

    /// <summary>An output leg's value (part of it) is to be explained: queue its transaction.</summary>
    private void Claim(int leg, UInt128 amount, int hop)
    {
        var tx = A.OutTx[leg];
        LegTaint[leg] = LegTaint.TryGetValue(leg, out var seen) ? (seen.Amount + amount, Math.Min(seen.Hop, hop)) : (amount, hop);
        var asset = A.TxAsset[tx];
        if (hop + 1 > Options.MaxHops)
        {
            Exit(TraceExitKind.HopLimit, A.OutAddress[leg], asset, amount, hop, tx, -1);
            return;
        }

        if (BeforeWindow(tx))
        {
            Exit(TraceExitKind.TimeWindow, A.OutAddress[leg], asset, amount, hop, tx, -1);
            return;
        }

        if (!Transactions.TryGetValue(tx, out var record))
        {
            Transactions[tx] = record = new TxRecord { Hop = hop + 1 };
        }

        record.Hop = Math.Min(record.Hop, hop + 1);
        record.Sources.Add((leg, amount));
        if (_queued.Add(tx))
        {
            _queue.Enqueue(tx, tx);
        }
    }

    private void Process(int tx)
    {
        var record = Transactions[tx];
        var asset = A.TxAsset[tx];
        var (outStart, outCount) = (A.TxOutStart[tx], A.TxOutStart[tx + 1] - A.TxOutStart[tx]);
        var (inStart, inCount) = (A.TxInStart[tx], A.TxInStart[tx + 1] - A.TxInStart[tx]);
        var claimed = new UInt128[outCount + 1];
        foreach (var (leg, amount) in record.Sources)
        {
            claimed[leg - outStart] += amount;
        }

        record.TaintIn = Amounts.Sum(claimed);
        record.ValueIn = Graph.InputValue(tx);
        if ((FlowTransactionKind)A.TxKind[tx] == FlowTransactionKind.Coinbase || inCount == 0)
        {
            Exit(TraceExitKind.Mined, A.OutAddress[outStart], asset, record.TaintIn, record.Hop, tx, -1);
            return;
        }

        if (!Utxo)
        {
            ProcessAccount(tx, record, inStart);
            return;
        }

        var sourceValue = new UInt128[outCount + 1];
        A.OutValue.AsSpan(outStart, outCount).CopyTo(sourceValue);
        var valueOut = Amounts.Sum(sourceValue);
        sourceValue[outCount] = record.ValueIn > valueOut ? record.ValueIn - valueOut : 0;
        var inTaint = new UInt128[inCount];
        TaintAllocator.Allocate(Options.Policy, backward: true, sourceValue, claimed, A.InValue.AsSpan(inStart, inCount), inTaint);
        for (var i = 0; i < inCount; i++)
        {
            Origin(inStart + i, inTaint[i], record.Hop, asset);
        }
    }

    /// <summary>Taint found on an input leg: the sender is where it came from; stop there, or follow its source.</summary>
    private void Origin(int inLeg, UInt128 amount, int hop, int asset)
    {
        if (amount == 0)
        {
            return;
        }

        var address = A.InAddress[inLeg];
        var tx = A.InTx[inLeg];
        Touch(address, asset, amount, hop);
        if (amount < Options.MinAmount)
        {
            Exit(TraceExitKind.BelowMinimum, address, asset, amount, hop, tx, inLeg);
        }
        else if (StopAt(address) is { } stop && stop != TraceExitKind.Unspendable)
        {
            Exit(stop, address, asset, amount, hop, tx, inLeg);
        }
        else if (A.InSource[inLeg] < 0)
        {
            Exit(TraceExitKind.OutsideGraph, address, asset, amount, hop, tx, inLeg);
        }
        else
        {
            Claim(A.InSource[inLeg], amount, hop);
        }
    }

    private void ProcessAccount(int tx, TxRecord record, int inLeg)
    {
        var address = A.InAddress[inLeg];
        var asset = A.TxAsset[tx];
        Touch(address, asset, record.TaintIn, record.Hop);
        if (StopAt(address) is { } stop && stop != TraceExitKind.Unspendable)
        {
            Exit(stop, address, asset, record.TaintIn, record.Hop, tx, inLeg);
            return;
        }

        // Replay the sender's balance up to this spend, every lot marked as "tainted" with its own value so the take
        // reports which receipts (by policy) funded the spend; then share the claimed amount over them.
        var pool = new BalancePool();
        var policy = Options.Policy == TaintPolicy.Poison ? TaintPolicy.Fifo : Options.Policy;
        int r = 0, s = 0;
        WalkLedger(address, asset, tx, ref r, ref s, leg => pool.Add(A.OutValue[leg], A.OutValue[leg], 0, leg), leg => pool.Take(A.InValue[leg], policy, _scratch));
        pool.Take(A.InValue[inLeg], policy, _scratch);
        var values = _scratch.Select(x => x.Taint).ToArray();
        var shares = new UInt128[values.Length];
        TaintAllocator.Proportional(record.TaintIn, values, shares);
        UInt128 explained = 0;
        for (var i = 0; i < values.Length; i++)
        {
            explained += shares[i];
            if (_scratch[i].Leg < 0)
            {
                Exit(TraceExitKind.OutsideGraph, address, asset, shares[i], record.Hop, tx, inLeg);
            }
            else if (shares[i] > 0)
            {
                Claim(_scratch[i].Leg, shares[i], record.Hop);
            }
        }

        if (record.TaintIn > explained)
        {
            Exit(TraceExitKind.OutsideGraph, address, asset, record.TaintIn - explained, record.Hop, tx, inLeg);
        }
    }
}
