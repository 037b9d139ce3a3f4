using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class WhyTests
{
    [Fact]
    public void Why_MultiInputThenChangeThenMultiInput_PrintsEveryHop()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 2_000_000), (Wpkh(2), 1_300_000), (Wpkh(4), 500_000));
        var first = chain.Pay([coins[0], coins[1]], (Wpkh(10), 2_000_000), (Wpkh(3), 1_234_567));
        chain.Pay([first[1], coins[2]], (Wpkh(20), 1_700_000));
        var graph = chain.Build();
        var result = AddressClusterer.Run(graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeRoundValue });

        var link = result.Why(Wpkh(2), Wpkh(4));

        Assert.True(link.Linked);
        Assert.Equal(3, link.Hops.Count);
        Assert.Equal(
            $"{Wpkh(2)} —[multi-input tx {graph.DisplayHash(3)} at block 1]→ {Wpkh(1)} —[change: round payment value, confidence 0.80, tx {graph.DisplayHash(3)} at block 1]→ {Wpkh(3)} —[multi-input tx {graph.DisplayHash(4)} at block 1]→ {Wpkh(4)}",
            link.ToString());
        Assert.Equal((ClusteringHeuristic.ChangeRoundValue, 3, 1), (link.Hops[1].Heuristics, link.Hops[1].Transaction, link.Hops[1].Block));
    }

    [Fact]
    public void Why_TwoInputsOfOneTransaction_OneHop()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 100_000), (Wpkh(2), 100_000), (Wpkh(3), 100_000));
        chain.Pay(coins, (Wpkh(9), 290_000));
        var graph = chain.Build();

        var link = AddressClusterer.Run(graph).Why(Wpkh(2), Wpkh(3));

        Assert.Equal($"{Wpkh(2)} —[multi-input tx {graph.DisplayHash(3)} at block 1]→ {Wpkh(3)}", link.ToString());
    }

    [Fact]
    public void Why_DifferentClusters_NotLinkedSentence()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 100_000), (Wpkh(2), 100_000), (Wpkh(3), 100_000));
        chain.Pay(coins, (Wpkh(9), 290_000));
        var result = AddressClusterer.Run(chain.Build());

        var link = result.Why(Wpkh(1), Wpkh(9));

        Assert.False(link.Linked);
        Assert.Empty(link.Hops);
        Assert.Equal($"{Wpkh(1)} and {Wpkh(9)} are not linked: {Wpkh(1)} is in cluster 0 (3 addresses), {Wpkh(9)} in cluster 3 (1 address).", link.ToString());
    }

    [Fact]
    public void Why_SameAddress_LinkedWithoutHops()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(1), 100_000));
        var link = AddressClusterer.Run(chain.Build()).Why(Wpkh(1), Wpkh(1));

        Assert.True(link.Linked);
        Assert.Equal($"{Wpkh(1)} and {Wpkh(1)} are the same address (cluster 0).", link.ToString());
    }

    [Fact]
    public void Why_UnknownAddress_ArgumentExceptionNamingIt()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(1), 100_000));
        var result = AddressClusterer.Run(chain.Build());

        var error = Assert.Throws<ArgumentException>(() => result.Why(Wpkh(1), "bc1qunknown"));
        Assert.StartsWith("The address bc1qunknown does not occur in the clustered graph.", error.Message, StringComparison.Ordinal);
    }
}
