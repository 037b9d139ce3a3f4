using ChainTrace.Core;
using ChainTrace.Graph.Clustering;
using FsCheck.Xunit;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class MultiInputClusteringTests
{
    [Fact]
    public void Run_MultiInputTransactions_MergesInputsWithEvidence()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 100_000), (Wpkh(2), 200_000), (Wpkh(3), 300_000), (Wpkh(4), 400_000));
        var a = chain.Pay([coins[0], coins[1]], (Wpkh(2), 290_000));
        chain.Pay([coins[2], a[0]], (Wpkh(11), 580_000));
        var graph = chain.Build();

        var result = AddressClusterer.Run(graph);

        var ids = Enumerable.Range(1, 4).Select(i => result.ClusterOf(Id(graph, Wpkh(i)))).ToArray();
        Assert.Equal([0, 0, 0, 3], ids);
        Assert.Equal(3, result.SizeOf(0));
        Assert.Equal(0, result.SizeOf(1));
        Assert.Equal(3, result.LargestClusterSize);
        Assert.Equal(3, result.ClusterCount);
        Assert.Equal(2, result.Evidence.Count);
        Assert.Equal(new MergeEvidence(0, 1, 4, ClusteringHeuristic.MultiInput, 1.0), result.Evidence[0]);
        Assert.Equal(new MergeEvidence(2, 1, 5, ClusteringHeuristic.MultiInput, 1.0), result.Evidence[1]);
        Assert.Equal((4L, 2, 0), (result.Statistics.InputsProcessed, result.Statistics.MultiInputMerges, result.Statistics.CoinJoinRounds));
        Assert.Equal([0, 1, 2], result.MembersOf(0).ToArray());
        Assert.Equal(5, Assert.Single(result.EvidenceOf(2)).Transaction);
        Assert.Equal(2, result.EvidenceOf(1).Count);
    }

    [Fact]
    public void Run_CoinJoinRound_InputsNotMergedUnlessExclusionOff()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 1_000_600), (Wpkh(2), 1_000_600), (Wpkh(3), 1_000_000), (Wpkh(4), 1_000_000), (Wpkh(5), 1_009_000));
        chain.Pay(coins, (Wpkh(11), 1_000_000), (Wpkh(12), 1_000_000), (Wpkh(13), 1_000_000), (Wpkh(14), 1_000_000), (Wpkh(15), 1_000_000));
        var graph = chain.Build();

        var excluded = AddressClusterer.Run(graph);
        var merged = AddressClusterer.Run(graph, new ClusteringOptions { ExcludeCoinJoins = false });

        Assert.Equal(graph.Addresses.Count, excluded.ClusterCount);
        Assert.Equal(0, excluded.Evidence.Count);
        Assert.Equal(1, excluded.Statistics.CoinJoinRounds);
        Assert.Equal(5, merged.LargestClusterSize);
        Assert.Equal(1, merged.Statistics.CoinJoinRounds);
    }

    [Fact]
    public void Run_Tx0_InputsMerged()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 3_000_000), (Pkh(2), 2_000_000));
        chain.Pay(coins, (Wpkh(11), 1_000_600), (Wpkh(12), 1_000_600), (Wpkh(90), 50_000), (null, 0), (Wpkh(20), 2_946_000));
        var graph = chain.Build();

        var result = AddressClusterer.Run(graph);

        Assert.Equal(result.ClusterOf(Id(graph, Wpkh(1))), result.ClusterOf(Id(graph, Pkh(2))));
        Assert.Equal((0, 1), (result.Statistics.CoinJoinRounds, result.Statistics.Tx0s));
    }

    [Fact]
    public void Run_MultiInputOff_NoMerges()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 100_000), (Wpkh(2), 200_000));
        chain.Pay(coins, (Wpkh(10), 290_000));

        var result = AddressClusterer.Run(chain.Build(), new ClusteringOptions { MultiInput = false });

        Assert.Equal(0, result.Evidence.Count);
    }

    [Fact]
    public void Run_SameGraphTwice_IdenticalIdsAndEvidence()
    {
        var graph = RandomGraph(new Random(7), shuffleInputs: false, internOrder: null);

        var first = AddressClusterer.Run(graph);
        var second = AddressClusterer.Run(graph);

        Assert.Equal(first.ClusterIds.ToArray(), second.ClusterIds.ToArray());
        Assert.Equal(Enumerable.Range(0, first.Evidence.Count).Select(i => first.Evidence[i]), Enumerable.Range(0, second.Evidence.Count).Select(i => second.Evidence[i]));
    }

    [Property(MaxTest = 60)]
    public void Run_ShuffledInputsAndAddressIds_SamePartition(int seed)
    {
        var reference = RandomGraph(new Random(seed), shuffleInputs: false, internOrder: null);
        var names = Enumerable.Range(0, reference.Addresses.Count).Select(i => reference.Addresses[i]).ToArray();
        var shuffledNames = names.ToArray();
        new Random(seed ^ 0x5eed).Shuffle(shuffledNames);
        var shuffled = RandomGraph(new Random(seed), shuffleInputs: true, internOrder: shuffledNames);

        var a = AddressClusterer.Run(reference);
        var b = AddressClusterer.Run(shuffled);

        Assert.Equal(Partition(a), Partition(b));
        Assert.Equal(a.Evidence.Count, b.Evidence.Count);
        Assert.Equal(a.ClusterCount, b.ClusterCount);
        Assert.Equal(a.Statistics.CoinJoinRounds, b.Statistics.CoinJoinRounds);
        foreach (var name in names)
        {
            Assert.True(b.TryGetCluster(name, out var cluster));
            Assert.Equal(b.MembersOf(cluster)[0], cluster);
        }
    }

    [Fact]
    public void Run_InvalidOptions_Throw()
    {
        var graph = new TestChain().Build();
        Assert.Throws<ArgumentException>(() => AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.MultiInput }));
        Assert.Throws<ArgumentException>(() => AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeFingerprint }));
        Assert.Throws<ArgumentException>(() => AddressClusterer.Run(graph, new ClusteringOptions { MinChangeConfidence = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => AddressClusterer.Run(graph, new ClusteringOptions { Deposit = new DepositAddressOptions { MaxForwardBlocks = 0 } }));
        Assert.Throws<ArgumentNullException>(() => AddressClusterer.Run(null!));
    }

    internal static int Id(FlowGraph graph, string address) =>
        graph.Addresses.TryGetId(address, out var id) ? id : throw new KeyNotFoundException(address);

    /// <summary>Every cluster as its sorted address texts, sorted: comparable across graphs with different address ids.</summary>
    private static List<string> Partition(ClusteringResult result) =>
        Enumerable.Range(0, result.AddressCount)
            .GroupBy(result.ClusterOf)
            .Select(g => string.Join(",", g.Select(a => result.Graph.Addresses[a]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A random chain of up to 60 transactions over a pool of 40 addresses, with unlinked inputs (so that any address
    /// can spend) and the occasional equal-output round; the same <paramref name="random"/> seed gives the same chain.
    /// </summary>
    private static FlowGraph RandomGraph(Random random, bool shuffleInputs, string[]? internOrder)
    {
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        var order = new Random(random.Next());
        if (internOrder is not null)
        {
            foreach (var name in internOrder)
            {
                builder.Address(name);
            }
        }

        var transactions = random.Next(1, 60);
        for (var tx = 0; tx < transactions; tx++)
        {
            var round = random.Next(10) == 0;
            var inputs = Enumerable.Range(0, round ? 5 : random.Next(1, 5)).Select(_ => Wpkh(random.Next(40))).ToArray();
            var outputs = round
                ? Enumerable.Range(0, 5).Select(i => (Wpkh(1000 + (tx * 10) + i), 1_000_000UL)).ToArray()
                : Enumerable.Range(0, random.Next(1, 4)).Select(_ => (Wpkh(random.Next(40)), (ulong)random.Next(10_000, 1_000_000))).ToArray();
            if (shuffleInputs)
            {
                order.Shuffle(inputs);
            }

            builder.BeginTransaction(TestChain.HashOf(tx), FlowTransactionKind.Utxo, 1 + (tx / 10), tx % 10, 1_600_000_000);
            foreach (var input in inputs)
            {
                builder.AddInput(builder.Address(input), round ? 1_000_600UL : 500_000UL);
            }

            foreach (var (address, value) in outputs)
            {
                builder.AddOutput(builder.Address(address), value);
            }
        }

        return builder.Build();
    }
}
