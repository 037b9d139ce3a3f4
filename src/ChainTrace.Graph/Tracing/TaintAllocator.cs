namespace ChainTrace.Graph.Tracing;

/// <summary>
/// Splits taint across one transaction's legs by policy. Forward, the sources are the inputs and the sinks the
/// outputs followed by the fee; backward, the sources are the outputs (then the fee) and the sinks the inputs. All
/// results are whole base units and, except for <see cref="TaintPolicy.Poison"/>, their total equals the taint in
/// (as far as the sinks' value allows).
/// </summary>
internal static class TaintAllocator
{
    /// <summary>Allocates the sources' taint to the sinks.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="backward">True when sinks are inputs (backward trace): LIFO reverses sinks instead of sources.</param>
    /// <param name="sourceValue">Source values, in leg order.</param>
    /// <param name="sourceTaint">Tainted amount of each source (≤ its value).</param>
    /// <param name="sinkValue">Sink values, in leg order (forward: outputs, then the fee as the last sink).</param>
    /// <param name="sinkTaint">Receives the taint of each sink.</param>
    public static void Allocate(
        TaintPolicy policy, bool backward, ReadOnlySpan<UInt128> sourceValue, ReadOnlySpan<UInt128> sourceTaint,
        ReadOnlySpan<UInt128> sinkValue, Span<UInt128> sinkTaint)
    {
        sinkTaint.Clear();
        var taint = Amounts.Sum(sourceTaint);
        if (taint == 0)
        {
            return;
        }

        switch (policy)
        {
            case TaintPolicy.Poison:
                sinkValue.CopyTo(sinkTaint);
                break;
            case TaintPolicy.Haircut:
                Proportional(taint, sinkValue, sinkTaint);
                break;
            case TaintPolicy.Fifo:
                Stream(sourceValue, sourceTaint, Identity(sourceValue.Length), sinkValue, Identity(sinkValue.Length), sinkTaint);
                break;
            case TaintPolicy.Lifo:
                var reversedSources = backward ? Identity(sourceValue.Length) : Reversed(sourceValue.Length);
                var sinkOrder = backward ? Reversed(sinkValue.Length) : Identity(sinkValue.Length);
                Stream(sourceValue, sourceTaint, reversedSources, sinkValue, sinkOrder, sinkTaint);
                break;
            case TaintPolicy.Tiho:
                var total = Amounts.Sum(sourceValue);
                UInt128[] merged = [taint, total - taint];
                UInt128[] mergedTaint = [taint, 0];
                Stream(merged, mergedTaint, [0, 1], sinkValue, HighestFirst(sinkValue, backward), sinkTaint);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown taint policy.");
        }
    }

    /// <summary>Shares <paramref name="taint"/> in proportion to the sinks' values, exact by largest remainder (ties: lower index).</summary>
    public static void Proportional(UInt128 taint, ReadOnlySpan<UInt128> sinkValue, Span<UInt128> sinkTaint)
    {
        var total = Amounts.Sum(sinkValue);
        if (total == 0)
        {
            return;
        }

        taint = Amounts.Min(taint, total);
        var remainders = new UInt128[sinkValue.Length];
        UInt128 given = 0;
        for (var i = 0; i < sinkValue.Length; i++)
        {
            (sinkTaint[i], remainders[i]) = Amounts.MulDiv(sinkValue[i], taint, total);
            given += sinkTaint[i];
        }

        var left = taint - given;
        if (left == 0)
        {
            return;
        }

        var room = new bool[sinkValue.Length];
        for (var i = 0; i < room.Length; i++)
        {
            room[i] = sinkTaint[i] < sinkValue[i];
        }

        var order = Enumerable.Range(0, room.Length)
            .Where(i => room[i])
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; left > 0 && k < order.Length; k++)
        {
            sinkTaint[order[k]]++;
            left--;
        }
    }

    /// <summary>
    /// Lays the sources end to end in <paramref name="sourceOrder"/> (within a source its tainted part first) and the
    /// sinks in <paramref name="sinkOrder"/>, and gives each sink the taint of the stretch it covers.
    /// </summary>
    private static void Stream(
        ReadOnlySpan<UInt128> sourceValue, ReadOnlySpan<UInt128> sourceTaint, int[] sourceOrder,
        ReadOnlySpan<UInt128> sinkValue, int[] sinkOrder, Span<UInt128> sinkTaint)
    {
        var s = 0;
        UInt128 taintLeft = sourceOrder.Length > 0 ? sourceTaint[sourceOrder[0]] : 0;
        UInt128 cleanLeft = sourceOrder.Length > 0 ? sourceValue[sourceOrder[0]] - taintLeft : 0;
        foreach (var k in sinkOrder)
        {
            var need = sinkValue[k];
            while (need > 0 && s < sourceOrder.Length)
            {
                if (taintLeft == 0 && cleanLeft == 0)
                {
                    if (++s == sourceOrder.Length)
                    {
                        break;
                    }

                    taintLeft = sourceTaint[sourceOrder[s]];
                    cleanLeft = sourceValue[sourceOrder[s]] - taintLeft;
                    continue;
                }

                var fromTaint = Amounts.Min(need, taintLeft);
                sinkTaint[k] += fromTaint;
                taintLeft -= fromTaint;
                need -= fromTaint;
                var fromClean = Amounts.Min(need, cleanLeft);
                cleanLeft -= fromClean;
                need -= fromClean;
            }
        }
    }

    private static int[] Identity(int length) => Enumerable.Range(0, length).ToArray();

    private static int[] Reversed(int length) => Enumerable.Range(0, length).Reverse().ToArray();

    /// <summary>Sinks by value, highest first (ties: lower index); forward, the fee (the last sink) stays last.</summary>
    private static int[] HighestFirst(ReadOnlySpan<UInt128> sinkValue, bool backward)
    {
        var count = backward ? sinkValue.Length : sinkValue.Length - 1;
        var values = sinkValue.ToArray();
        var order = Enumerable.Range(0, count).OrderByDescending(i => values[i]).ThenBy(i => i).ToList();
        if (!backward)
        {
            order.Add(sinkValue.Length - 1);
        }

        return [.. order];
    }
}
