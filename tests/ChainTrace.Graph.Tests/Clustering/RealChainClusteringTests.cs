using System.Text.Json;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph.Clustering;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>Mainnet blocks 0–599 (../shared/data): the multi-input transactions at heights 496, 546 and 586 merge exactly their input addresses.</summary>
public sealed class RealChainClusteringTests
{
    [SharedDataFact]
    public async Task Run_Blocks0To599_MultiInputTransactionsMergeExactlyTheirInputs()
    {
        using var directory = new TempDirectory();
        await new BitcoinIngestor(new BlocksDirectorySource(SharedData.PathOf("bitcoin/blk"))).RunAsync(directory.Path);
        var graph = FlowGraphLoader.Load(directory.Path).Graph;
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("bitcoin/EXPECTED_btc_chain_0_599.json")));
        var multiInput = expected.RootElement.GetProperty("multi_input_txs").EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal);
        var inputsOf = expected.RootElement.GetProperty("non_coinbase_txs").EnumerateArray()
            .Where(t => multiInput.Contains(t.GetProperty("txid").GetString()!))
            .ToDictionary(t => t.GetProperty("txid").GetString()!, t => (Height: t.GetProperty("height").GetInt32(), Addresses: t.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("address").GetString()!).ToHashSet(StringComparer.Ordinal)));

        var result = AddressClusterer.Run(graph);

        // The expected clusters, joined independently: input sets of the multi-input transactions that share an address.
        var groups = new List<HashSet<string>>();
        foreach (var (_, addresses) in inputsOf.Values)
        {
            var joined = new HashSet<string>(addresses, StringComparer.Ordinal);
            foreach (var group in groups.Where(g => g.Overlaps(joined)).ToList())
            {
                joined.UnionWith(group);
                groups.Remove(group);
            }

            groups.Add(joined);
        }

        var actual = Enumerable.Range(0, result.AddressCount)
            .Where(c => result.SizeOf(c) > 1)
            .Select(c => result.MembersOf(c).ToArray().Select(a => graph.Addresses[a]).ToHashSet(StringComparer.Ordinal))
            .ToList();
        Assert.Equal(5, multiInput.Count);
        Assert.Equal([496, 546, 546, 546, 586], inputsOf.Values.Select(v => v.Height).Order());
        Assert.Equal([3, 3, 5], actual.Select(c => c.Count).Order());
        Assert.Equal(groups.Count, actual.Count);
        Assert.All(groups, g => Assert.Contains(actual, c => c.SetEquals(g)));
        Assert.Equal(614, graph.Addresses.Count);
        Assert.Equal(614 - 8, result.ClusterCount);
        Assert.Equal(8, result.Evidence.Count);
        Assert.Equal(0, result.Statistics.CoinJoinRounds);
        var evidenceTransactions = Enumerable.Range(0, result.Evidence.Count).Select(i => graph.DisplayHash(result.Evidence[i].Transaction)).ToHashSet(StringComparer.Ordinal);
        Assert.True(evidenceTransactions.IsSubsetOf(multiInput));
        Assert.Equal(
            $"1DZTzaBHUDM7T3QvUKBz4qXMRpkg8jsfB5 —[multi-input tx 6b0f8a73a56c04b519f1883e8aafda643ba61a30bd1439969df21bea5f4e27e2 at block 546]→ 1KAD5EnzzLtrSo2Da2G4zzD7uZrjk8zRAv",
            result.Why("1DZTzaBHUDM7T3QvUKBz4qXMRpkg8jsfB5", "1KAD5EnzzLtrSo2Da2G4zzD7uZrjk8zRAv").ToString());
        Assert.False(result.Why("18SH9vwx24L5cTabfkgtGMjF8A56pD9AUJ", "1KAD5EnzzLtrSo2Da2G4zzD7uZrjk8zRAv").Linked);
    }
}
