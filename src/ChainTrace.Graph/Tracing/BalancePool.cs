namespace ChainTrace.Graph.Tracing;

/// <summary>
/// One address's balance of one asset on an account chain, as lots in the order received, each with its tainted part:
/// what FIFO, LIFO, TIHO and haircut draw from when the address sends.
/// </summary>
internal sealed class BalancePool
{
    private readonly List<Lot> _lots = [];
    private int _head;

    public int NextReceipt { get; set; }

    public int NextSpend { get; set; }

    public bool Poisoned { get; private set; }

    public UInt128 Total { get; private set; }

    public UInt128 Taint { get; private set; }

    /// <summary>The smallest hop among the lots still holding taint (0 when none).</summary>
    public int Hop()
    {
        var hop = int.MaxValue;
        for (var i = _head; i < _lots.Count; i++)
        {
            if (_lots[i].Taint > 0)
            {
                hop = Math.Min(hop, _lots[i].Hop);
            }
        }

        return hop == int.MaxValue ? 0 : hop;
    }

    public void Add(UInt128 value, UInt128 taint, int hop, int leg)
    {
        if (value == 0)
        {
            return;
        }

        _lots.Add(new Lot(value, taint, hop, leg));
        Total += value;
        Taint += taint;
        Poisoned |= taint > 0;
    }

    /// <summary>Takes <paramref name="amount"/> out by <paramref name="policy"/>; returns the taint taken and where it came from.</summary>
    public UInt128 Take(UInt128 amount, TaintPolicy policy, List<(int Leg, UInt128 Taint, int Hop)> sources)
    {
        sources.Clear();
        if (amount > Total)
        {
            // More leaves than the graph shows arriving: the difference is value of unknown origin (genesis, mining,
            // before the loaded range), untainted, and the oldest money the address had.
            _lots.Insert(_head, new Lot(amount - Total, 0, 0, -1));
            Total = amount;
        }

        var taken = policy switch
        {
            TaintPolicy.Haircut => TakeProportional(amount, sources),
            TaintPolicy.Lifo => TakeInOrder(amount, Enumerable.Range(_head, _lots.Count - _head).Reverse(), sources),
            TaintPolicy.Tiho => TakeInOrder(amount, TaintedFirst(), sources),
            _ => TakeInOrder(amount, Enumerable.Range(_head, _lots.Count - _head), sources),
        };
        Compact();
        if (policy == TaintPolicy.Poison && Poisoned)
        {
            return amount; // everything the address ever sends after its first taint is tainted
        }

        return taken;
    }

    private IEnumerable<int> TaintedFirst()
    {
        for (var i = _head; i < _lots.Count; i++)
        {
            if (_lots[i].Taint > 0)
            {
                yield return i;
            }
        }

        for (var i = _head; i < _lots.Count; i++)
        {
            if (_lots[i].Taint == 0)
            {
                yield return i;
            }
        }
    }

    private UInt128 TakeInOrder(UInt128 amount, IEnumerable<int> order, List<(int Leg, UInt128 Taint, int Hop)> sources)
    {
        UInt128 taint = 0;
        foreach (var i in order.ToList())
        {
            if (amount == 0)
            {
                break;
            }

            var lot = _lots[i];
            var take = Amounts.Min(amount, lot.Value);
            var takeTaint = Amounts.Min(take, lot.Taint); // within a lot, its tainted part leaves first
            _lots[i] = lot with { Value = lot.Value - take, Taint = lot.Taint - takeTaint };
            amount -= take;
            Total -= take;
            Taint -= takeTaint;
            taint += takeTaint;
            if (takeTaint > 0)
            {
                sources.Add((lot.Leg, takeTaint, lot.Hop));
            }
        }

        return taint;
    }

    private UInt128 TakeProportional(UInt128 amount, List<(int Leg, UInt128 Taint, int Hop)> sources)
    {
        var count = _lots.Count - _head;
        var values = new UInt128[count];
        var taints = new UInt128[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = _lots[_head + i].Value;
            taints[i] = _lots[_head + i].Taint;
        }

        var valueTaken = new UInt128[count];
        var taintTaken = new UInt128[count];
        TaintAllocator.Proportional(amount, values, valueTaken);
        var taint = Amounts.MulDiv(amount, Taint, Total).Quotient;
        TaintAllocator.Proportional(taint, taints, taintTaken);
        for (var i = 0; i < count; i++)
        {
            var lot = _lots[_head + i];
            var takeTaint = Amounts.Min(taintTaken[i], lot.Taint);
            _lots[_head + i] = lot with { Value = lot.Value - Amounts.Min(valueTaken[i], lot.Value), Taint = lot.Taint - takeTaint };
            if (takeTaint > 0)
            {
                sources.Add((lot.Leg, takeTaint, lot.Hop));
            }
        }

        Total -= amount;
        Taint -= taint;
        return taint;
    }

    private void Compact()
    {
        while (_head < _lots.Count && _lots[_head].Value == 0)
        {
            _head++;
        }

        if (_head > 64 && _head * 2 > _lots.Count)
        {
            _lots.RemoveRange(0, _head);
            _head = 0;
        }
    }

    private readonly record struct Lot(UInt128 Value, UInt128 Taint, int Hop, int Leg);
}
