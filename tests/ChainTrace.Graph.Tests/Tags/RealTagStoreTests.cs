using ChainTrace.Graph.Tags;
using Xunit.Abstractions;

namespace ChainTrace.Graph.Tests.Tags;

[Collection(RealTagDataGroup.Name)]
public sealed class RealTagStoreTests(RealTagData data, ITestOutputHelper output)
{
    [SharedDataFact]
    public void Create_AllThreeSources_MergesEveryTag()
    {
        var store = data.Store;
        output.WriteLine($"store of {store.Count:N0} tags built in {data.StoreBuildTime.TotalMilliseconds:N0} ms");

        Assert.Equal(524_153 + 653 + 629, store.Count);
        Assert.Equal(500_149, store.AddressCount);
    }

    [SharedDataFact]
    public void TryGetTags_OfacAddressFromThreeSources_ReturnsAllTags()
    {
        var tags = data.Store.GetTags("0x03893A7C7463AE47D46BC7F091665F1893656003");

        Assert.Equal(
            [("ofac.yaml", "user"), ("tornado_cash.yaml", "mixing_service"), ("sanctioned_addresses_ETH.txt", null)],
            tags.Select(t => (Path.GetFileName(t.Origin.File), t.Category)));
        Assert.Contains(tags, t => TagCategories.Any(t, TagCategories.IsSanctioned));
        Assert.Contains(tags, t => TagCategories.Any(t, TagCategories.IsMixer));
    }

    [SharedDataFact]
    public void FindConflicts_RealData_ExactConflictsByCategoryPair()
    {
        var conflicts = data.Store.FindConflicts();
        var byPair = conflicts.GroupBy(c => string.Join("/", c.Categories)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(234, conflicts.Count);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["market/user"] = 117, ["mixing_service/user"] = 103, ["exchange/miner"] = 4, ["black_list/defi_dex"] = 3,
                ["black_list/defi"] = 2, ["black_list/defi_lending"] = 1, ["defi_lending/market"] = 1, ["black_list/exchange"] = 1,
                ["defi_lending/exchange"] = 1, ["miner/service"] = 1,
            },
            byPair);
    }

    [SharedDataFact]
    public void TagsInCategory_RealData_CountsPerConcept()
    {
        var store = data.Store;

        Assert.Equal(14_635, store.TagsInCategory("ransomware").Count);
        Assert.Equal(36_550, store.TagsInCategory("coinjoin").Count);
        Assert.Equal(258, store.TagsInCategory("mixer").Count);
        Assert.Equal(653 + 27, store.TagsInCategory("ofac").Count);
        Assert.Equal(337_956, store.TagsInCategory(TagCategories.Exchange).Count);
    }

    [SharedDataFact]
    public void Actors_RealActorPack_EveryActorReferencedByTagsIsDefined()
    {
        Assert.Equal(3_813, data.Actors.Actors.Count);
        Assert.Empty(data.Actors.Diagnostics);
        Assert.Equal(486, data.Store.Actors.Count);
        Assert.All(data.Store.Actors, id => Assert.True(data.Store.TryGetActor(id, out _), id));
        Assert.True(data.Store.TryGetActor("binance", out var binance));
        Assert.Contains("exchange", binance.Categories);
    }
}
