using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.MultiInputClusteringTests;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ChangeHeuristicTests
{
    [Fact]
    public void Run_AddressTypeMismatch_MergesTheOnlyOutputOfTheInputsType()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 120_000), (Pkh(2), 80_000));
        var outputs = chain.Pay(coins, (Wpkh(10), 150_000), (Pkh(11), 43_210));
        var graph = chain.Build();

        var result = Run(graph, ClusteringHeuristic.ChangeAddressType);

        Assert.Equal(result.ClusterOf(Id(graph, Pkh(1))), result.ClusterOf(Id(graph, Pkh(11))));
        Assert.NotEqual(result.ClusterOf(Id(graph, Pkh(1))), result.ClusterOf(Id(graph, Wpkh(10))));
        Assert.Equal(new ChangeEvidence(2, outputs[1], ClusteringHeuristic.ChangeAddressType, 0.7, Merged: true), Assert.Single(result.ChangeEvidence));
        var merge = result.Evidence[1];
        Assert.Equal((Id(graph, Pkh(1)), Id(graph, Pkh(11)), 2, ClusteringHeuristic.ChangeAddressType), (merge.AddressA, merge.AddressB, merge.Transaction, merge.Heuristics));
        Assert.Equal(0.7, merge.Confidence, 6);
        Assert.Equal((1, 1), (result.Statistics.MultiInputMerges, result.Statistics.ChangeMerges));
    }

    [Fact]
    public void Run_RoundPaymentValue_MergesTheNonRoundOutput()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 3_300_000));
        var outputs = chain.Pay(coins, (Wpkh(10), 2_000_000), (Wpkh(11), 1_234_567));

        var result = Run(chain.Build(), ClusteringHeuristic.ChangeRoundValue);

        Assert.Equal(outputs[1], Assert.Single(result.ChangeEvidence).OutputLeg);
        Assert.Equal(result.ClusterOf(0), result.ClusterOf(Id(result.Graph, Wpkh(11))));
    }

    [Theory]
    [InlineData(2_000_000UL, true)]
    [InlineData(12_500_000UL, true)]
    [InlineData(23_000UL, true)]
    [InlineData(1_234_000UL, false)]
    [InlineData(12_500UL, false)]
    [InlineData(0UL, false)]
    public void IsRound_Values_ThreeZerosAtMostThreeDigits(ulong value, bool expected) =>
        Assert.Equal(expected, ChangeHeuristics.IsRound(value));

    [Fact]
    public void Run_OptimalChange_MergesTheOnlyOutputBelowEveryInput()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 600_000), (Wpkh(2), 500_000));
        var outputs = chain.Pay(coins, (Wpkh(10), 800_000), (Wpkh(11), 290_000));

        var result = Run(chain.Build(), ClusteringHeuristic.ChangeOptimal);

        Assert.Equal(new ChangeEvidence(2, outputs[1], ClusteringHeuristic.ChangeOptimal, 0.8, Merged: true), Assert.Single(result.ChangeEvidence));
    }

    [Fact]
    public void Run_FreshAddress_MergesTheOnlyNewAddressOfTwoOutputs()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(10), 5_000));
        var coins = chain.Coins((Wpkh(1), 600_000));
        var outputs = chain.Pay(coins, (Wpkh(11), 210_000), (Wpkh(10), 380_000));

        var result = Run(chain.Build(), ClusteringHeuristic.ChangeFreshAddress);

        Assert.Equal(outputs[0], Assert.Single(result.ChangeEvidence).OutputLeg);
    }

    [Fact]
    public void Run_FreshAddressWithThreeOutputs_NoVerdict()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(10), 5_000), (Wpkh(12), 5_000));
        var coins = chain.Coins((Wpkh(1), 600_000));
        chain.Pay(coins, (Wpkh(11), 210_000), (Wpkh(10), 180_000), (Wpkh(12), 180_000));

        Assert.Empty(Run(chain.Build(), ClusteringHeuristic.ChangeFreshAddress).ChangeEvidence);
    }

    [Fact]
    public void Run_WalletFingerprint_MergesTheOutputSpentByTheSameWallet()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 900_000));
        var outputs = chain.Pay(coins, (Wpkh(10), 300_000), (Wpkh(11), 590_000));
        chain.Pay([outputs[0]], (Wpkh(20), 290_000));
        chain.Pay([outputs[1]], (Wpkh(21), 580_000));
        var graph = chain.Build();
        var core = new WalletFingerprint(2, LockTimeStyle.NearTip, SequenceStyle.ReplaceByFee);
        var fingerprints = new TransactionFingerprints(graph.TransactionCount);
        fingerprints.Set(1, core);
        fingerprints.Set(2, new WalletFingerprint(1, LockTimeStyle.None, SequenceStyle.Final));
        fingerprints.Set(3, core);

        var result = AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeFingerprint, Fingerprints = fingerprints });

        Assert.Equal(new ChangeEvidence(1, outputs[1], ClusteringHeuristic.ChangeFingerprint, 0.7, Merged: true), Assert.Single(result.ChangeEvidence));
    }

    [Fact]
    public void Run_WalletFingerprintWithAnUnspentOutput_NoVerdict()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 900_000));
        var outputs = chain.Pay(coins, (Wpkh(10), 300_000), (Wpkh(11), 590_000));
        chain.Pay([outputs[1]], (Wpkh(21), 580_000));
        var graph = chain.Build();
        var fingerprints = new TransactionFingerprints(graph.TransactionCount);
        fingerprints.Set(1, WalletFingerprint.Of(2, 0, 0xffffffff, 0xffffffff, 1));
        fingerprints.Set(2, WalletFingerprint.Of(2, 0, 0xffffffff, 0xffffffff, 1));

        var result = AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeFingerprint, Fingerprints = fingerprints });

        Assert.Empty(result.ChangeEvidence);
    }

    [Theory]
    [InlineData(0L, 0xffffffffL, 0xffffffffL, LockTimeStyle.None, SequenceStyle.Final)]
    [InlineData(199L, 0xfffffffdL, 0xfffffffdL, LockTimeStyle.NearTip, SequenceStyle.ReplaceByFee)]
    [InlineData(50L, 0xfffffffeL, 0xfffffffeL, LockTimeStyle.OtherHeight, SequenceStyle.NonFinal)]
    [InlineData(1_600_000_000L, 0L, 0xffffffffL, LockTimeStyle.Time, SequenceStyle.Mixed)]
    public void Of_RawFields_Styles(long lockTime, long minSequence, long maxSequence, LockTimeStyle lockStyle, SequenceStyle sequence) =>
        Assert.Equal(new WalletFingerprint(2, lockStyle, sequence), WalletFingerprint.Of(2, lockTime, minSequence, maxSequence, 200));

    [Fact]
    public void Run_PeelingChain_MergesTheLargerOutputThatKeepsPeeling()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 10_000_000), (Wpkh(5), 50_000));
        var hop1 = chain.Pay([coins[0]], (Wpkh(10), 800_000), (Wpkh(11), 9_190_000));
        chain.Pay([hop1[1]], (Wpkh(12), 700_000), (Wpkh(13), 8_480_000));
        chain.Pay([hop1[0], coins[1]], (Wpkh(14), 840_000));

        var result = Run(chain.Build(), ClusteringHeuristic.ChangePeelChain);

        var evidence = Assert.Single(result.ChangeEvidence);
        Assert.Equal((2, hop1[1]), (evidence.Transaction, evidence.OutputLeg));
        Assert.Equal(0.6, evidence.Confidence);
    }

    [Fact]
    public void Run_HeuristicsDisagree_NoMergeConflictCounted()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 3_300_000));
        chain.Pay(coins, (Pkh(11), 2_000_000), (Wpkh(10), 1_234_567));

        var result = Run(chain.Build(), ClusteringHeuristic.ChangeAddressType | ClusteringHeuristic.ChangeRoundValue);

        Assert.Equal(1, result.Statistics.ChangeConflicts);
        Assert.Equal(0, result.Statistics.ChangeMerges);
        Assert.Equal(2, result.ChangeEvidence.Count);
        Assert.All(result.ChangeEvidence, e => Assert.False(e.Merged));
        Assert.Equal(result.AddressCount, result.ClusterCount);
    }

    [Fact]
    public void Run_HeuristicsAgree_OneMergeWithCombinedConfidence()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(10), 5_000));
        var coins = chain.Coins((Pkh(1), 3_300_000));
        chain.Pay(coins, (Wpkh(10), 2_000_000), (Pkh(11), 1_234_567));

        var result = Run(chain.Build(), ClusteringHeuristic.AllChange & ~ClusteringHeuristic.ChangeFingerprint);

        var merge = Assert.Single(Enumerable.Range(0, result.Evidence.Count).Select(i => result.Evidence[i]));
        Assert.Equal(ClusteringHeuristic.ChangeAddressType | ClusteringHeuristic.ChangeRoundValue | ClusteringHeuristic.ChangeFreshAddress, merge.Heuristics);
        Assert.Equal(1 - (0.3 * 0.2 * 0.2), merge.Confidence, 6);
        Assert.Equal(3, result.ChangeEvidence.Count);
    }

    [Fact]
    public void Run_BelowMinConfidence_NotMerged()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 120_000));
        chain.Pay(coins, (Wpkh(10), 70_000), (Pkh(11), 43_210));

        var result = AddressClusterer.Run(chain.Build(), new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeAddressType, MinChangeConfidence = 0.75 });

        Assert.False(Assert.Single(result.ChangeEvidence).Merged);
        Assert.Equal(0, result.Evidence.Count);
    }

    [Fact]
    public void Run_ChangeAddressPaidBefore_MergedOnlyWhenNewAddressNotRequired()
    {
        var chain = new TestChain();
        chain.Coins((Pkh(11), 5_000));
        var coins = chain.Coins((Pkh(1), 120_000));
        chain.Pay(coins, (Wpkh(10), 70_000), (Pkh(11), 43_210));
        var graph = chain.Build();

        var strict = Run(graph, ClusteringHeuristic.ChangeAddressType);
        var loose = AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeAddressType, ChangeRequiresNewAddress = false });

        Assert.Equal(0, strict.Evidence.Count);
        Assert.Equal(1, loose.Evidence.Count);
    }

    [Fact]
    public void Run_OutputToTheInputsCluster_ChangeKnownNoVerdict()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 120_000), (Pkh(2), 10_000), (Pkh(1), 80_000));
        chain.Pay([coins[0], coins[1]], (Wpkh(9), 125_000));
        chain.Pay([coins[2]], (Wpkh(10), 30_000), (Pkh(2), 43_210), (Pkh(12), 5_000));

        Assert.Empty(Run(chain.Build(), ClusteringHeuristic.AllChange & ~ClusteringHeuristic.ChangeFingerprint).ChangeEvidence);
    }

    [Fact]
    public void Run_CoinJoinRound_NoChangeVerdict()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 700_000), (Wpkh(2), 700_000), (Sh(3), 700_000));
        chain.Pay(coins, (Wpkh(10), 690_000), (Pkh(11), 690_000), (Sh(12), 690_000));

        var result = Run(chain.Build(), ClusteringHeuristic.AllChange & ~ClusteringHeuristic.ChangeFingerprint);

        Assert.Empty(result.ChangeEvidence);
        Assert.Equal(1, result.Statistics.CoinJoinRounds);
    }

    private static ClusteringResult Run(FlowGraph graph, ClusteringHeuristic change) =>
        AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = change });
}
