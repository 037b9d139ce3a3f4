using ChainTrace.Graph.Tracing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChainTrace.Graph.Tests.Tracing;

/// <summary>Invariants of the policies over random transactions.</summary>
public sealed class TaintPropertyTests
{
    /// <summary>A random transaction: input values with their tainted parts, and output values not above the inputs.</summary>
    public sealed record RandomTx(UInt128[] InValue, UInt128[] InTaint, UInt128[] OutValue);

    public static Arbitrary<RandomTx> Transactions() =>
        (from inputs in Gen.Choose(1, 8)
         from values in Gen.ArrayOf(Gen.Choose(1, 1_000_000), inputs)
         from fractions in Gen.ArrayOf(Gen.Choose(0, 100), inputs)
         from outputs in Gen.Choose(1, 8)
         from weights in Gen.ArrayOf(Gen.Choose(1, 1000), outputs)
         from feePercent in Gen.Choose(0, 20)
         select Make(values, fractions, weights, feePercent)).ToArbitrary();

    private static RandomTx Make(int[] values, int[] fractions, int[] weights, int feePercent)
    {
        var inValue = values.Select(v => (UInt128)v).ToArray();
        var inTaint = values.Select((v, i) => (UInt128)((long)v * fractions[i] / 100)).ToArray();
        var total = values.Sum(v => (long)v);
        var spend = total - (total * feePercent / 100);
        var weightSum = weights.Sum();
        var outValue = weights.Select(w => (UInt128)(spend * w / weightSum)).ToArray();
        return new RandomTx(inValue, inTaint, outValue);
    }

    private static UInt128[] Forward(TaintPolicy policy, RandomTx tx)
    {
        var fee = Amounts.Sum(tx.InValue) - Amounts.Sum(tx.OutValue);
        UInt128[] sinks = [.. tx.OutValue, fee];
        var result = new UInt128[sinks.Length];
        TaintAllocator.Allocate(policy, backward: false, tx.InValue, tx.InTaint, sinks, result);
        return result;
    }

    [Property(Arbitrary = [typeof(TaintPropertyTests)], MaxTest = 300)]
    public bool Haircut_NeverAssignsMoreTaintThanFlowedIn(RandomTx tx)
    {
        var result = Forward(TaintPolicy.Haircut, tx);
        var sinks = tx.OutValue.Append(Amounts.Sum(tx.InValue) - Amounts.Sum(tx.OutValue)).ToArray();
        return Amounts.Sum(result) <= Amounts.Sum(tx.InTaint) && result.Zip(sinks).All(p => p.First <= p.Second);
    }

    [Property(Arbitrary = [typeof(TaintPropertyTests)], MaxTest = 300)]
    public bool ConservingPolicies_OutputsPlusFeeEqualTaintIn(RandomTx tx) =>
        new[] { TaintPolicy.Haircut, TaintPolicy.Fifo, TaintPolicy.Lifo, TaintPolicy.Tiho }
            .All(policy => Amounts.Sum(Forward(policy, tx)) == Amounts.Sum(tx.InTaint));

    [Property(Arbitrary = [typeof(TaintPropertyTests)], MaxTest = 300)]
    public bool OrderFreePolicies_DoNotDependOnInputOrder(RandomTx tx)
    {
        var order = Enumerable.Range(0, tx.InValue.Length).Reverse().ToArray();
        var shuffled = tx with { InValue = [.. order.Select(i => tx.InValue[i])], InTaint = [.. order.Select(i => tx.InTaint[i])] };
        return new[] { TaintPolicy.Haircut, TaintPolicy.Tiho, TaintPolicy.Poison }
            .All(policy => Forward(policy, tx).SequenceEqual(Forward(policy, shuffled)));
    }

    [Property(Arbitrary = [typeof(TaintPropertyTests)], MaxTest = 200)]
    public bool Poison_TaintsEverythingWhenAnyInputIsTainted(RandomTx tx)
    {
        var result = Forward(TaintPolicy.Poison, tx);
        return Amounts.Sum(tx.InTaint) == 0 ? result.All(r => r == 0) : result.Take(tx.OutValue.Length).SequenceEqual(tx.OutValue);
    }
}
