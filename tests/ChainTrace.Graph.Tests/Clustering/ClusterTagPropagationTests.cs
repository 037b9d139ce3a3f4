using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ClusterTagPropagationTests
{
    [Fact]
    public void Propagate_OneLabelPerCluster_EveryAddressInheritsIt()
    {
        var result = TwoClusters();
        var tags = new Dictionary<string, IReadOnlyList<ClusterTag>>
        {
            [Wpkh(2)] = [new ClusterTag("Exchange A", "exchange")],
            [Wpkh(3)] = [new ClusterTag("exchange a", "Exchange")],
            ["bc1qnotinthegraph"] = [new ClusterTag("Other", "exchange")],
        };

        var labeling = ClusterTagPropagation.Propagate(result, tags);

        var label = Assert.Single(labeling.LabelsOfAddress(Wpkh(1)));
        Assert.Equal(("Exchange A", "exchange", 0), (label.Label, label.Category, label.Cluster));
        Assert.Equal([Wpkh(2), Wpkh(3)], label.Addresses);
        Assert.Empty(labeling.Conflicts);
        Assert.Equal(1, labeling.UnmatchedAddresses);
        Assert.Equal(1, labeling.LabelledClusters);
        Assert.Empty(labeling.LabelsOfAddress(Wpkh(4)));
        Assert.Empty(labeling.LabelsOfAddress("bc1qnotinthegraph"));
    }

    [Fact]
    public void Propagate_DifferentLabelsInOneCluster_ReportedAsConflict()
    {
        var result = TwoClusters();
        var tags = new Dictionary<string, IReadOnlyList<ClusterTag>>
        {
            [Wpkh(1)] = [new ClusterTag("Exchange A", "exchange"), new ClusterTag("LockBit", "ransomware")],
            [Wpkh(3)] = [new ClusterTag("Exchange A", "exchange")],
            [Wpkh(4)] = [new ClusterTag("Miner", "miner")],
        };

        var labeling = ClusterTagPropagation.Propagate(result, tags);

        var conflict = Assert.Single(labeling.Conflicts);
        Assert.Equal((0, 3), (conflict.Cluster, conflict.ClusterSize));
        Assert.Equal(["Exchange A", "LockBit"], conflict.Labels.Select(l => l.Label));
        Assert.Equal([Wpkh(1), Wpkh(3)], conflict.Labels[0].Addresses);
        Assert.Equal([Wpkh(1)], conflict.Labels[1].Addresses);
        Assert.Equal(2, labeling.LabelledClusters);
    }

    [Fact]
    public void Propagate_OneLabelTwoCategories_Conflict()
    {
        var result = TwoClusters();
        var tags = new Dictionary<string, IReadOnlyList<ClusterTag>>
        {
            [Wpkh(1)] = [new ClusterTag("Hydra", "market")],
            [Wpkh(2)] = [new ClusterTag("Hydra", "exchange")],
        };

        Assert.Single(ClusterTagPropagation.Propagate(result, tags).Conflicts);
    }

    private static ClusteringResult TwoClusters()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 100_000), (Wpkh(2), 100_000), (Wpkh(3), 100_000), (Wpkh(4), 100_000));
        chain.Pay([coins[0], coins[1], coins[2]], (Wpkh(9), 290_000));
        return AddressClusterer.Run(chain.Build());
    }
}
