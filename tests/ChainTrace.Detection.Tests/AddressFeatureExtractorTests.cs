using ChainTrace.Core;
using ChainTrace.Graph;
using N = ChainTrace.Detection.AddressFeatureNames;

namespace ChainTrace.Detection.Tests;

public sealed class AddressFeatureExtractorTests
{
    // A → B 1 ETH (t 1000), C → B 2 ETH (t 2000), B → D 2.5 ETH (t 2600), D → E 2.5 ETH (t 10000).
    private static readonly FlowGraph Chain = TestGraphs.Ethereum(
        ("a", "b", 1.0m, 1000), ("c", "b", 2.0m, 2000), ("b", "d", 2.5m, 2600), ("d", "e", 2.5m, 10_000));

    [Fact]
    public void Extract_AccountChain_ExactDegreeValueAndTimingOfB()
    {
        var m = AddressFeatureExtractor.Extract(Chain);
        var b = TestGraphs.Id(Chain, "b");
        Assert.Equal(2f, m[b, N.InTx]);
        Assert.Equal(1f, m[b, N.OutTx]);
        Assert.Equal(2f, m[b, N.InCounterparties]);
        Assert.Equal(1f, m[b, N.OutCounterparties]);
        Assert.Equal(0f, m[b, N.ReciprocalCounterparties]);
        Assert.Equal(3f, m[b, N.InValue]);
        Assert.Equal(2.5f, m[b, N.OutValue]);
        Assert.Equal(1.5f, m[b, N.InValueMean]);
        Assert.Equal(2f, m[b, N.InValueMax]);
        Assert.Equal(1f, m[b, N.InValueMin]);
        Assert.Equal(0.5f, m[b, N.InValueStd], 6);
        Assert.Equal(2.5f / 3, m[b, N.PassThroughRatio], 6);
        Assert.Equal(2f / 3, m[b, N.InMaxShare], 6);
        Assert.Equal(1f, m[b, N.RoundInShare]);
        Assert.Equal(1f, m[b, N.RoundOutShare]);
        Assert.Equal((float)(1000 / 86_400.0), m[b, N.FirstSeen]);
        Assert.Equal((float)(2600 / 86_400.0), m[b, N.LastSeen]);
        Assert.Equal(1600f, m[b, N.ActiveSpan]);
        Assert.Equal(1600f, m[b, N.FirstOutDelay]);
        Assert.Equal(1000f, m[b, N.InGapMean]);
        Assert.Equal(1000f, m[b, N.InGapMin]);
        Assert.True(float.IsNaN(m[b, N.OutGapMean]));
        Assert.Equal(600f, m[b, N.HoldTimeMean]);
        Assert.Equal(1f, m[b, N.FastForwardShare]);
        Assert.Equal(3f, m[b, N.TransfersPerDay]);
    }

    [Fact]
    public void Extract_AccountChain_NeighbourAndTwoHopOfB()
    {
        var m = AddressFeatureExtractor.Extract(Chain);
        var b = TestGraphs.Id(Chain, "b");
        Assert.Equal(1f, m[b, N.InNeighbourOutCounterpartiesMean]);
        Assert.Equal(1f, m[b, N.InNeighbourTxMean]);
        Assert.Equal(1f, m[b, N.InNeighbourSingleShare]);
        Assert.Equal(1f, m[b, N.OutNeighbourInCounterpartiesMean]);
        Assert.Equal(1f, m[b, N.OutNeighbourInCounterpartiesMax]);
        Assert.Equal(1f, m[b, N.OutNeighbourOutCounterpartiesMean]);
        Assert.Equal(1f, m[b, N.OutNeighbourPassThroughMean]);
        Assert.Equal(1f, m[b, N.TwoHopOut]);
        Assert.Equal(0f, m[b, N.TwoHopIn]);
    }

    [Fact]
    public void Extract_AccountChain_BitcoinHeistAdaptedToTransfers()
    {
        var m = AddressFeatureExtractor.Extract(Chain);
        var b = TestGraphs.Id(Chain, "b");
        var d = TestGraphs.Id(Chain, "d");
        var e = TestGraphs.Id(Chain, "e");
        Assert.Equal([3f, 2f, 2f, 0f, 2f, 0f, 1f], Heist(m, b));
        Assert.Equal([2.5f, 1f, 2f, 1f, 2f, 0f, 1f], Heist(m, d));
        Assert.Equal([2.5f, 1f, 2f, 2f, 2f, 0f, 1f], Heist(m, e));
    }

    [Fact]
    public void Extract_UtxoMerge_LoopedStarterAndWeight()
    {
        // tx0 spends an outside coin of x into a (5) and b (5); tx1 merges a and b into c (9.9, fee 0.1).
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        var x = builder.Address("x");
        var a = builder.Address("a");
        var b = builder.Address("b");
        var c = builder.Address("c");
        builder.BeginTransaction(TestGraphs.Hash(1), FlowTransactionKind.Utxo, 1, 1, 600);
        builder.AddInput(x, 10 * TestGraphs.Sat);
        builder.AddOutput(a, 5 * TestGraphs.Sat);
        builder.AddOutput(b, 5 * TestGraphs.Sat);
        builder.BeginTransaction(TestGraphs.Hash(2), FlowTransactionKind.Utxo, 2, 1, 1200);
        builder.AddInput(TestGraphs.Hash(1), 0);
        builder.AddInput(TestGraphs.Hash(1), 1);
        builder.AddOutput(c, 99 * TestGraphs.Sat / 10);
        var graph = builder.Build();
        var m = AddressFeatureExtractor.Extract(graph);
        Assert.Equal([9.9f, 1f, 1f, 1f, 1f, 1f, 1f], Heist(m, c));
        Assert.Equal([5f, 1f, 0.5f, 0f, 1f, 0f, 1f], Heist(m, a));
        Assert.Equal(0f, m[x, N.FeePaid]);
        Assert.Equal(2f, m[c, N.InCounterparties]);
        Assert.Equal(9.9f, m[c, N.InValue], 5);
        Assert.Equal(1f, m[x, N.TwoHopOut]);
    }

    [Fact]
    public void Extract_UtxoSoleSpender_PaysFeeAndSendsLessChange()
    {
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        var s = builder.Address("s");
        var p = builder.Address("p");
        builder.BeginTransaction(TestGraphs.Hash(1), FlowTransactionKind.Utxo, 1, 1, 600);
        builder.AddInput(s, 2 * TestGraphs.Sat);
        builder.AddOutput(p, TestGraphs.Sat / 2);
        builder.AddOutput(s, (TestGraphs.Sat * 3 / 2) - 1_000);
        var graph = builder.Build();
        var m = AddressFeatureExtractor.Extract(graph);
        Assert.Equal(0.00001f, m[s, N.FeePaid], 9);
        Assert.Equal(0.50001f, m[s, N.OutValue], 6);
        Assert.Equal(1f, m[s, N.SelfTransferShare]);
        Assert.Equal(0f, m[s, N.InTx]);
    }

    [Fact]
    public void Extract_Multiplicity_WeightsTransfers()
    {
        var m = AddressFeatureExtractor.Extract(Chain, transferMultiplicity: [3, 1, 4, 1]);
        var b = TestGraphs.Id(Chain, "b");
        Assert.Equal(4f, m[b, N.InTransfers]);
        Assert.Equal(4f, m[b, N.OutTransfers]);
        Assert.Equal(0.75f, m[b, N.InValuePerTransfer]);
    }

    [Fact]
    public void Extract_Categories_ShareOfValueFromAndToTagged()
    {
        var graph = TestGraphs.Ethereum(("x", "b", 1m, 10), ("y", "b", 3m, 20), ("b", "x", 2m, 30), ("b", "z", 2m, 40));
        var options = new AddressFeatureOptions { Categories = ["exchange"] };
        var m = AddressFeatureExtractor.Extract(graph, options, new Dictionary<int, string> { [TestGraphs.Id(graph, "x")] = "exchange" });
        var b = TestGraphs.Id(graph, "b");
        Assert.Equal(0.25f, m[b, N.InExposure("exchange")]);
        Assert.Equal(0.5f, m[b, N.OutExposure("exchange")]);
        Assert.Equal(1f, m[b, N.ReciprocalCounterparties]);
    }

    [Fact]
    public void Extract_SameGraphTwice_IdenticalMatrices()
    {
        var first = AddressFeatureExtractor.Extract(Chain);
        var second = AddressFeatureExtractor.Extract(Chain);
        for (var r = 0; r < first.RowCount; r++)
        {
            Assert.Equal(first.Row(r).ToArray(), second.Row(r).ToArray());
        }
    }

    [Fact]
    public void Extract_WrongMultiplicityLength_Throws() =>
        Assert.Throws<ArgumentException>(() => AddressFeatureExtractor.Extract(Chain, transferMultiplicity: [1]));

    [Fact]
    public void Extract_BadCategoryName_Throws() =>
        Assert.Throws<ArgumentException>(() => AddressFeatureExtractor.Extract(Chain, new AddressFeatureOptions { Categories = ["Bad Name"] }));

    [Fact]
    public void Aggregate_Clusters_SumsMeansAndDates()
    {
        var m = AddressFeatureExtractor.Extract(Chain);
        var clusterOf = new int[m.RowCount];
        clusterOf[TestGraphs.Id(Chain, "a")] = 1;
        clusterOf[TestGraphs.Id(Chain, "c")] = 1;
        var clusters = ClusterFeatureAggregator.Aggregate(m, clusterOf, 2);
        Assert.Equal(2f, clusters[1, ClusterFeatureAggregator.ClusterSize]);
        Assert.Equal(3f, clusters[1, "sum_" + N.OutValue]);
        Assert.Equal(1.5f, clusters[1, "mean_" + N.OutValueMean]);
        Assert.Equal((float)(1000 / 86_400.0), clusters[1, N.FirstSeen]);
        Assert.Equal((float)(2000 / 86_400.0), clusters[1, N.LastSeen]);
        Assert.Equal(3f, clusters[0, ClusterFeatureAggregator.ClusterSize]);
    }

    [Fact]
    public void TransactionFeatures_UtxoShape_FeeRoundEqualAndAge()
    {
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        var s = builder.Address("s");
        builder.BeginTransaction(TestGraphs.Hash(1), FlowTransactionKind.Utxo, 1, 1, 600);
        builder.AddInput(s, 3 * TestGraphs.Sat);
        builder.AddOutput(s, 3 * TestGraphs.Sat);
        builder.BeginTransaction(TestGraphs.Hash(2), FlowTransactionKind.Utxo, 2, 1, 1800);
        builder.AddInput(TestGraphs.Hash(1), 0);
        builder.AddOutput(builder.Address("p"), TestGraphs.Sat);
        builder.AddOutput(builder.Address("q"), TestGraphs.Sat);
        builder.AddOutput(builder.Address("r"), TestGraphs.Sat - 5_000);
        var m = TransactionFeatureExtractor.Extract(builder.Build());
        var t = TransactionFeatureNames.All;
        Assert.Equal(1f, m[1, TransactionFeatureNames.Inputs]);
        Assert.Equal(3f, m[1, TransactionFeatureNames.Outputs]);
        Assert.Equal(0.00005f, m[1, TransactionFeatureNames.Fee], 9);
        Assert.Equal(2f, m[1, TransactionFeatureNames.RoundOutputs]);
        Assert.Equal(2f, m[1, TransactionFeatureNames.EqualOutputs]);
        Assert.Equal(3f, m[1, TransactionFeatureNames.FreshOutputs]);
        Assert.Equal(1200f, m[1, TransactionFeatureNames.InputAgeMin]);
        Assert.Equal(1f, m[0, TransactionFeatureNames.SelfOutputs]);
        Assert.Equal(16, t.Count);
    }

    private static float[] Heist(FeatureMatrix m, int address) =>
    [
        m[address, N.HeistIncome], m[address, N.HeistNeighbors], m[address, N.HeistWeight], m[address, N.HeistLength],
        m[address, N.HeistCount], m[address, N.HeistLooped], m[address, N.HeistWindows],
    ];
}
