using ChainTrace.Graph.Tracing;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using Xunit.Abstractions;

namespace ChainTrace.Graph.Tests.Tracing;

[Collection(ScenarioGraphGroup.Name)]
public sealed class ScenarioTraceTests(ScenarioGraphFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Load_GeneratedScenario_HasEveryTransactionAndEverySpendLinked()
    {
        var graph = fixture.Graph;
        Assert.Equal(fixture.AnswerKey.Transactions, graph.TransactionCount);
        Assert.Equal(0, graph.UnlinkedInputCount);
        Assert.Equal(fixture.AnswerKey.Addresses, graph.Addresses.Count);
        for (var leg = 0; leg < graph.InputCount; leg++)
        {
            var spent = graph.Output(graph.SpentOutput(leg));
            Assert.Equal(spent.Value, graph.Input(leg).Value);
            Assert.Equal(spent.Address, graph.Input(leg).Address);
        }
    }

    [Fact]
    public void HaircutForward_FromRansomAddresses_FindsEveryCashOutWithItsAmount()
    {
        var result = TaintTracer.Trace(
            fixture.Graph,
            fixture.AnswerKey.RansomAddresses.Select(TraceSeed.ForAddress),
            new TraceOptions { Policy = TaintPolicy.Haircut, Labels = fixture.ExchangeLabels(), MaxHops = 200 });

        Assert.Empty(result.UnresolvedSeeds);
        Assert.Equal((UInt128)fixture.AnswerKey.RansomAccounting.Paid, result.Seeded[0]);
        var exits = result.Exits.Where(e => e.Kind == TraceExitKind.Tagged)
            .GroupBy(e => (Tx: fixture.Graph.DisplayHash(e.Transaction), e.AddressText))
            .ToDictionary(g => g.Key, g => g.Aggregate(UInt128.Zero, (s, e) => s + e.Amount));
        var report = new List<string>();
        foreach (var cashOut in fixture.AnswerKey.CashOuts)
        {
            var found = exits.GetValueOrDefault((cashOut.Txid, cashOut.DepositAddress));
            var hops = result.Explain(result.Exits.First(e => e.Kind == TraceExitKind.Tagged && fixture.Graph.DisplayHash(e.Transaction) == cashOut.Txid)).Count;
            var difference = (long)found - cashOut.RansomValue;
            report.Add($"{cashOut.Route,-18} {cashOut.Txid[..12]} expected {cashOut.RansomValue,12} traced {found,12} diff {difference,8} hops {hops}");
            Assert.True(found > 0, $"cash-out {cashOut.Txid} ({cashOut.Route}) not reached");
        }

        output.WriteLine(string.Join('\n', report));
        var exact = fixture.AnswerKey.CashOuts.Where(c => c.Route is "peel" or "whirlpool_change" or "whirlpool_premix").ToList();
        Assert.NotEmpty(exact);
        foreach (var cashOut in exact)
        {
            var found = exits[(cashOut.Txid, cashOut.DepositAddress)];
            var hops = result.Explain(result.Exits.First(e => fixture.Graph.DisplayHash(e.Transaction) == cashOut.Txid && e.AddressText == cashOut.DepositAddress)).Count;
            Assert.InRange((long)found - cashOut.RansomValue, -hops, hops);
        }

        // Conservation: everything seeded ends in exits or fees.
        var accounted = result.Exits.Aggregate(UInt128.Zero, (s, e) => s + e.Amount) + result.Fees.GetValueOrDefault(0);
        Assert.Equal(result.Seeded[0], accounted);
    }
}
