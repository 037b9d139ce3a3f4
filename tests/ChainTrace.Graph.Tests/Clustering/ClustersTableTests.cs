using ChainTrace.Core;
using ChainTrace.Graph.Clustering;
using ChainTrace.Storage;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ClustersTableTests
{
    [Fact]
    public void Rows_ClusteredGraph_OneRowPerAddressWithSummary()
    {
        var result = Clustered();

        var rows = ClustersTable.Rows(result).ToList();

        Assert.Equal(
            [
                new ClusterRow(Wpkh(1), 0, 4, "multi-input:1; change-round:1"),
                new ClusterRow(Wpkh(2), 0, 4, "multi-input:1"),
                new ClusterRow(Wpkh(10), 2, 1, string.Empty),
                new ClusterRow(Wpkh(3), 0, 4, "multi-input:1; change-round:1"),
                new ClusterRow(Wpkh(4), 0, 4, "multi-input:1"),
            ],
            rows);
    }

    [Fact]
    public async Task WriteAsync_Dataset_DuckDbReadsItBack()
    {
        using var directory = new TempDirectory();
        var result = Clustered();
        using (var dataset = await Dataset.OpenOrCreateAsync(directory.Path, ChainKind.Bitcoin, "regtest"))
        {
            await ClustersTable.WriteAsync(dataset, result);
            await ClustersTable.WriteAsync(dataset, result);
        }

        using var query = DatasetQuery.Open(directory.Path, [ClustersTable.Schema]);
        var summary = query.Execute("SELECT count(*), count(DISTINCT cluster_id), max(cluster_size) FROM clusters").Rows[0];
        var rows = query.Read(ClustersTable.Schema).ToList();

        Assert.Equal([5L, 2L, 4L], summary);
        Assert.Equal(ClustersTable.Rows(result), rows);
        Assert.Contains("clusters", query.Tables);
        var single = query.Execute($"SELECT address, evidence_summary FROM clusters WHERE address = '{Wpkh(3)}'").Rows[0];
        Assert.Equal([Wpkh(3), "multi-input:1; change-round:1"], single);
    }

    private static ClusteringResult Clustered()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 2_000_000), (Wpkh(2), 1_300_000));
        var first = chain.Pay(coins, (Wpkh(10), 2_000_000), (Wpkh(3), 1_234_567));
        var other = chain.Coins((Wpkh(4), 500_000));
        chain.Pay([first[1], other[0]], (Wpkh(1), 1_700_000));
        return AddressClusterer.Run(chain.Build(), new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.ChangeRoundValue });
    }
}
