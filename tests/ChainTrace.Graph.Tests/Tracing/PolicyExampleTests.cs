using ChainTrace.Graph;
using ChainTrace.Graph.Tracing;

namespace ChainTrace.Graph.Tests.Tracing;

/// <summary>
/// Worked examples for every policy. The UTXO cases follow the classic example of the taint literature (Anderson et al.
/// 2013, "Bitcoin redemption arc"; Tironsakkul et al. 2019 for TIHO): one tainted 1-BTC coin and one clean 3-BTC coin
/// spent together into 2 BTC and 1.9 BTC with a 0.1 BTC fee.
/// </summary>
public sealed class PolicyExampleTests
{
    private const long Btc = 100_000_000;
    private const long Eth = 1_000_000_000_000_000_000;

    [Theory]
    [InlineData(TaintPolicy.Poison, false, 200_000_000, 190_000_000, 10_000_000)]
    [InlineData(TaintPolicy.Haircut, false, 50_000_000, 47_500_000, 2_500_000)]
    [InlineData(TaintPolicy.Fifo, false, 100_000_000, 0, 0)]
    [InlineData(TaintPolicy.Fifo, true, 0, 90_000_000, 10_000_000)]
    [InlineData(TaintPolicy.Lifo, false, 0, 90_000_000, 10_000_000)]
    [InlineData(TaintPolicy.Lifo, true, 100_000_000, 0, 0)]
    [InlineData(TaintPolicy.Tiho, false, 100_000_000, 0, 0)]
    [InlineData(TaintPolicy.Tiho, true, 100_000_000, 0, 0)]
    public void Trace_MixedSpend_SplitsTaintAsThePolicySays(TaintPolicy policy, bool cleanFirst, long x, long y, long fee)
    {
        var graph = TinyGraphs.MixedSpend(cleanFirst);
        var result = TaintTracer.Trace(graph, [TraceSeed.ForAddress("T")], new TraceOptions { Policy = policy });

        Assert.Equal((UInt128)x, Unspent(result, "X"));
        Assert.Equal((UInt128)y, Unspent(result, "Y"));
        Assert.Equal((UInt128)fee, result.Fees.GetValueOrDefault(0));
        Assert.Equal((UInt128)Btc, result.Seeded[0]);
        var tx = Assert.Single(result.Transactions);
        Assert.Equal(1, tx.Hop);
        Assert.Equal((UInt128)Btc, tx.TaintIn);
        Assert.Equal((UInt128)(4 * Btc), tx.ValueIn);
    }

    [Theory]
    [InlineData(TaintPolicy.Fifo, 0, 3)]
    [InlineData(TaintPolicy.Lifo, 3, 0)]
    [InlineData(TaintPolicy.Tiho, 3, 0)]
    [InlineData(TaintPolicy.Poison, 4, 4)]
    public void Trace_AccountPool_DrawsOnTheBalanceInPolicyOrder(TaintPolicy policy, long toB, long toD)
    {
        var result = TaintTracer.Trace(TinyGraphs.AccountPool(), [TraceSeed.ForAddress("0x5")], new TraceOptions { Policy = policy, MaxHops = 5 });

        Assert.Equal((UInt128)toB * Eth, Unspent(result, "0xb"));
        Assert.Equal((UInt128)toD * Eth, Unspent(result, "0xd"));
    }

    [Fact]
    public void Trace_AccountPoolHaircut_SendsTheTaintedShareOfTheBalance()
    {
        var result = TaintTracer.Trace(TinyGraphs.AccountPool(), [TraceSeed.ForAddress("0x5")], new TraceOptions { Policy = TaintPolicy.Haircut });

        // 8 ETH held, 3 tainted: 4 ETH out carries 1.5 tainted; the remaining 4 ETH hold 1.5 tainted and all go to D.
        Assert.Equal((UInt128)15 * Eth / 10, Unspent(result, "0xb"));
        Assert.Equal((UInt128)15 * Eth / 10, Unspent(result, "0xd"));
        Assert.DoesNotContain(result.Exits, e => e.AddressText == "0xa");
    }

    [Fact]
    public void Trace_StopCategory_EndsAtTheTaggedAddressAndExplainsTheHops()
    {
        var labels = new AddressLabels([new("X", new AddressLabel("Exchange One", "exchange", "test"))]);
        var result = TaintTracer.Trace(TinyGraphs.MixedSpend(), [TraceSeed.ForAddress("T")], new TraceOptions { Policy = TaintPolicy.Haircut, Labels = labels });

        var exit = Assert.Single(result.Exits, e => e.Kind == TraceExitKind.Tagged);
        Assert.Equal("X", exit.AddressText);
        Assert.Equal("Exchange One", exit.Label!.Label);
        Assert.Equal((UInt128)50_000_000, exit.Amount);
        var step = Assert.Single(result.Explain(exit));
        Assert.Equal("T", step.FromAddress);
        Assert.Equal("X", step.ToAddress);
        Assert.Equal((UInt128)Btc, step.TaintIn);
        Assert.Contains("haircut", step.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_HopLimit_ReportsTheFrontier()
    {
        var result = TaintTracer.Trace(TinyGraphs.MixedSpend(), [TraceSeed.ForAddress("T")], new TraceOptions { MaxHops = 1 });
        Assert.Equal(2, result.Exits.Count(e => e.Kind == TraceExitKind.Unspent));

        var seedOnly = TaintTracer.Trace(TinyGraphs.MixedSpend(), [TraceSeed.Parse(TinyGraphs.Hash(0).ToReversedHex() + ":0", Core.ChainKind.Bitcoin)], new TraceOptions { MaxHops = 1 });
        Assert.Equal((UInt128)Btc, seedOnly.Seeded[0]);
    }

    [Fact]
    public void Trace_Backward_FindsTheFundingCoinsByPolicy()
    {
        var graph = TinyGraphs.MixedSpend();
        var fifo = TaintTracer.Trace(graph, [TraceSeed.ForAddress("X")], new TraceOptions { Policy = TaintPolicy.Fifo, Direction = TraceDirection.Backward });

        // X's 2 BTC came first from T's whole coin, then 1 BTC of C's coin; both coins were mined.
        var mined = fifo.Exits.Where(e => e.Kind == TraceExitKind.Mined).ToDictionary(e => e.AddressText!, e => e.Amount);
        Assert.Equal((UInt128)Btc, mined["T"]);
        Assert.Equal((UInt128)Btc, mined["C"]);

        var haircut = TaintTracer.Trace(graph, [TraceSeed.ForAddress("X")], new TraceOptions { Policy = TaintPolicy.Haircut, Direction = TraceDirection.Backward });
        var shares = haircut.Exits.ToDictionary(e => e.AddressText!, e => e.Amount);
        Assert.Equal((UInt128)50_000_000, shares["T"]);
        Assert.Equal((UInt128)150_000_000, shares["C"]);
    }

    [Fact]
    public void Trace_UnknownSeed_IsReportedNotTraced()
    {
        var result = TaintTracer.Trace(TinyGraphs.MixedSpend(), [TraceSeed.ForAddress("T"), TraceSeed.ForAddress("nowhere")]);
        Assert.Equal("nowhere", Assert.Single(result.UnresolvedSeeds).Text);
    }

    internal static UInt128 Unspent(TraceResult result, string address) =>
        result.Exits.Where(e => e.Kind == TraceExitKind.Unspent && e.AddressText == address).Aggregate(UInt128.Zero, (s, e) => s + e.Amount);
}
