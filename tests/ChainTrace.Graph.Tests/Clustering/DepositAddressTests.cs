using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class DepositAddressTests
{
    private static readonly UInt128 Ether = EthChain.Ether;
    private static readonly UInt128 Gas = 42_000_000_000_000;
    private static readonly string Hot = Eth(1000);

    [Fact]
    public void Run_DepositsForwardingToOneHotWallet_ClusterWithIt()
    {
        var chain = new EthChain();
        chain.Transfer(Eth(1), Eth(101), 5 * Ether, 10);
        chain.Transfer(Eth(2), Eth(102), 3 * Ether, 12);
        chain.Transfer(Eth(2), Eth(102), 2 * Ether, 13);
        chain.Transfer(Eth(3), Eth(103), Ether, 13);
        var forward1 = chain.Transfer(Eth(101), Hot, (5 * Ether) - Gas, 20);
        chain.Fee(Eth(101), Gas, 20);
        var forward2 = chain.Transfer(Eth(102), Hot, (5 * Ether) - Gas, 20);
        chain.Fee(Eth(102), Gas, 20);
        chain.Transfer(Eth(103), Hot, Ether - (Ether / 50), 20);
        var graph = chain.Build();

        var result = AddressClusterer.Run(graph);

        var hot = result.ClusterOf(MultiInputClusteringTests.Id(graph, Hot));
        Assert.Equal(hot, result.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(101))));
        Assert.Equal(hot, result.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(102))));
        Assert.NotEqual(hot, result.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(103))));
        Assert.NotEqual(hot, result.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(2))));
        Assert.Equal(3, result.SizeOf(hot));
        Assert.Equal(2, result.Statistics.DepositMerges);
        Assert.Equal(
            [
                new DepositForward(MultiInputClusteringTests.Id(graph, Eth(101)), MultiInputClusteringTests.Id(graph, Hot), forward1, 0, 5 * Ether, (5 * Ether) - Gas, 10),
                new DepositForward(MultiInputClusteringTests.Id(graph, Eth(102)), MultiInputClusteringTests.Id(graph, Hot), forward2, 0, 5 * Ether, (5 * Ether) - Gas, 8),
            ],
            result.DepositForwards);
        Assert.Equal(
            $"{Eth(101)} —[deposit address, confidence 0.90, tx {graph.DisplayHash(forward1)} at block 20]→ {Hot} —[deposit address, confidence 0.90, tx {graph.DisplayHash(forward2)} at block 20]→ {Eth(102)}",
            result.Why(Eth(101), Eth(102)).ToString());
    }

    [Fact]
    public void Run_ForwardAfterTheWindow_NotADeposit()
    {
        var chain = new EthChain();
        chain.Transfer(Eth(1), Eth(101), Ether, 10);
        chain.Transfer(Eth(2), Eth(102), Ether, 10);
        chain.Transfer(Eth(101), Hot, Ether - Gas, 10_010);
        chain.Transfer(Eth(102), Hot, Ether - Gas, 10_011);

        var graph = chain.Build();

        var result = AddressClusterer.Run(graph);
        var loose = AddressClusterer.Run(graph, new ClusteringOptions { Deposit = new DepositAddressOptions { MinDepositAddresses = 1 } });

        Assert.Empty(result.DepositForwards);
        Assert.Equal(0, result.Statistics.DepositMerges);
        Assert.Equal((Eth(101), 10_000), (graph.Addresses[Assert.Single(loose.DepositForwards).DepositAddress], loose.DepositForwards[0].Blocks));
    }

    [Fact]
    public void Run_OneDepositAddress_MergedOnlyWithMinimumOne()
    {
        var chain = new EthChain();
        chain.Transfer(Eth(1), Eth(101), Ether, 10);
        chain.Transfer(Eth(101), Hot, Ether - Gas, 11);
        var graph = chain.Build();

        var strict = AddressClusterer.Run(graph);
        var loose = AddressClusterer.Run(graph, new ClusteringOptions { Deposit = new DepositAddressOptions { MinDepositAddresses = 1 } });
        var off = AddressClusterer.Run(graph, new ClusteringOptions { DepositAddresses = false, Deposit = new DepositAddressOptions { MinDepositAddresses = 1 } });

        Assert.Equal(0, strict.Statistics.DepositMerges);
        Assert.Equal(1, loose.Statistics.DepositMerges);
        Assert.Equal(0, off.Statistics.DepositMerges);
    }

    [Fact]
    public void Run_AddressPayingTwoRecipients_NotADeposit()
    {
        var chain = new EthChain();
        chain.Transfer(Eth(1), Eth(101), Ether, 10);
        chain.Transfer(Eth(2), Eth(102), Ether, 10);
        chain.Transfer(Eth(3), Eth(103), Ether, 10);
        chain.Transfer(Eth(101), Hot, Ether - Gas, 11);
        chain.Transfer(Eth(102), Hot, Ether - Gas, 11);
        chain.Transfer(Eth(103), Hot, Ether / 2, 11);
        chain.Transfer(Eth(103), Eth(7), Ether / 2, 12);

        var result = AddressClusterer.Run(chain.Build());

        Assert.Equal(2, result.Statistics.DepositMerges);
        Assert.DoesNotContain(result.DepositForwards, f => result.Graph.Addresses[f.DepositAddress] == Eth(103));
    }

    [Fact]
    public void Run_AddressesCashingOutThroughADepositAddress_StayOutOfTheExchange()
    {
        // The operator's hop addresses 301 and 302 forward everything to its deposit address 101, which forwards to
        // the hot wallet: 101 is a deposit address, so it is no hot wallet of 301 and 302.
        var chain = new EthChain();
        chain.Transfer(Eth(9), Eth(301), 2 * Ether, 10);
        chain.Transfer(Eth(9), Eth(302), 3 * Ether, 10);
        chain.Transfer(Eth(301), Eth(101), (2 * Ether) - Gas, 11);
        chain.Transfer(Eth(302), Eth(101), (3 * Ether) - Gas, 11);
        chain.Transfer(Eth(2), Eth(102), Ether, 11);
        chain.Transfer(Eth(101), Hot, (5 * Ether) - (3 * Gas), 12);
        chain.Transfer(Eth(102), Hot, Ether - Gas, 12);
        var graph = chain.Build();

        var result = AddressClusterer.Run(graph);

        Assert.Equal([Eth(101), Eth(102)], result.DepositForwards.Select(f => graph.Addresses[f.DepositAddress]));
        Assert.Equal(3, result.SizeOf(result.ClusterOf(MultiInputClusteringTests.Id(graph, Hot))));
        Assert.NotEqual(result.ClusterOf(MultiInputClusteringTests.Id(graph, Hot)), result.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(301))));
    }

    [Fact]
    public void Run_TokenSweepAfterGasTopUp_CountsAsDeposit()
    {
        var chain = new EthChain();
        const string token = "0x00000000000000000000000000000000000000aa";
        chain.Transfer(Eth(1), Eth(101), 100, 10, token);
        chain.Transfer(Eth(2), Eth(102), 250, 10, token);
        chain.Transfer(Hot, Eth(101), Ether / 1000, 11);
        chain.Transfer(Hot, Eth(102), Ether / 1000, 11);
        chain.Transfer(Eth(101), Hot, 100, 12, token);
        chain.Fee(Eth(101), Gas, 12);
        chain.Transfer(Eth(102), Hot, 249, 12, token);
        chain.Fee(Eth(102), Gas, 12);
        chain.Transfer(Eth(3), Eth(103), 70, 13, token);
        chain.Transfer(Eth(103), Hot, 70, 14, token);

        var result = AddressClusterer.Run(chain.Build());

        Assert.Equal([Eth(101), Eth(103)], result.DepositForwards.Select(f => result.Graph.Addresses[f.DepositAddress]));
        Assert.All(result.DepositForwards, f => Assert.Equal(1, f.Asset));
        Assert.Equal(3, result.LargestClusterSize);
    }

    [Fact]
    public void Run_TokensExcluded_TokenForwardsIgnored()
    {
        var chain = new EthChain();
        const string token = "0x00000000000000000000000000000000000000aa";
        chain.Transfer(Eth(1), Eth(101), 100, 10, token);
        chain.Transfer(Eth(2), Eth(102), 250, 10, token);
        chain.Transfer(Eth(101), Hot, 100, 12, token);
        chain.Transfer(Eth(102), Hot, 250, 12, token);

        var result = AddressClusterer.Run(chain.Build(), new ClusteringOptions { Deposit = new DepositAddressOptions { IncludeTokens = false } });

        Assert.Empty(result.DepositForwards);
    }

    [Fact]
    public void Run_AirdropRecipientsForwardingToOneCollector_ClusterWithIt()
    {
        var chain = new EthChain();
        const string token = "0x00000000000000000000000000000000000000bb";
        for (var i = 0; i < 10; i++)
        {
            chain.Transfer(Eth(500), Eth(200 + i), 1_000, 10, token);
        }

        chain.Transfer(Eth(200), Eth(900), 1_000, 11, token);
        chain.Transfer(Eth(201), Eth(900), 1_000, 11, token);
        chain.Transfer(Eth(202), Eth(900), 400, 12, token);
        chain.Transfer(Eth(203), Eth(901), 1_000, 12, token);
        chain.Transfer(Eth(204), Eth(900), 500, 12, token);
        chain.Transfer(Eth(204), Eth(902), 500, 12, token);
        var graph = chain.Build();

        var off = AddressClusterer.Run(graph, new ClusteringOptions { DepositAddresses = false });
        var on = AddressClusterer.Run(graph, new ClusteringOptions { DepositAddresses = false, Airdrops = true });
        var fewRecipients = AddressClusterer.Run(graph, new ClusteringOptions { DepositAddresses = false, Airdrops = true, Airdrop = new AirdropOptions { MinRecipients = 11 } });

        Assert.Equal(0, off.Evidence.Count);
        Assert.Equal(3, on.Statistics.AirdropMerges);
        Assert.Equal(4, on.SizeOf(on.ClusterOf(MultiInputClusteringTests.Id(graph, Eth(900)))));
        Assert.Equal([Eth(200), Eth(201), Eth(202)], on.AirdropForwards.Select(f => graph.Addresses[f.Recipient]));
        Assert.Equal(0, fewRecipients.Evidence.Count);
    }
}
