using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

public sealed class TagStoreTests
{
    private static readonly TagOrigin PackA = new(TagSourceKind.TagPack, "a.yaml", "A");
    private static readonly TagOrigin PackB = new(TagSourceKind.TagPack, "b.yaml", "B");

    private static AddressTag Tag(string address, string label, string? category = null, string? abuse = null, int? level = null, bool definer = false, TagOrigin? origin = null, int line = 1, string? actor = null) => new()
    {
        Address = address,
        Currency = "BTC",
        Network = "BTC",
        Label = label,
        Category = category,
        Abuse = abuse,
        ConfidenceLevel = level,
        IsClusterDefiner = definer,
        Origin = origin ?? PackA,
        Line = line,
        Actor = actor,
    };

    [Fact]
    public void TryGetTags_ChecksummedOrUpperCaseQuery_FindsNormalisedAddress()
    {
        var store = TagStore.Create([
            Tag("0xfa8e3920daf271dab92be9b87d9998ddd94fef08", "archive"),
            Tag("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "segwit"),
            Tag("1Archive1n2C579dMsAu3iC6tWzuQJz8dN", "base58"),
        ]);

        Assert.True(store.TryGetTags("0xFA8E3920daF271daB92Be9B87d9998DDd94FEF08", out var eth));
        Assert.Equal("archive", Assert.Single(eth).Label);
        Assert.Equal("segwit", Assert.Single(store.GetTags("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).Label);
        Assert.Equal("base58", Assert.Single(store.GetTags(" 1Archive1n2C579dMsAu3iC6tWzuQJz8dN ")).Label);
        Assert.False(store.TryGetTags("1archive1n2C579dMsAu3iC6tWzuQJz8dN", out var none));
        Assert.Empty(none);
        Assert.Equal((3, 3), (store.Count, store.AddressCount));
    }

    [Fact]
    public void Create_SeveralSources_KeepsEveryTagOfAnAddressInLoadOrder()
    {
        var first = Tag("1Archive1n2C579dMsAu3iC6tWzuQJz8dN", "one", origin: PackA);
        var second = Tag("1Archive1n2C579dMsAu3iC6tWzuQJz8dN", "two", origin: PackB);
        var a = new TagLoadResult([first], [], []);
        var b = new TagLoadResult([second], [], []);

        var store = TagStore.Create(a, b);

        Assert.Equal([first, second], store.GetTags("1Archive1n2C579dMsAu3iC6tWzuQJz8dN"));
        Assert.Equal((2, 1), (store.Count, store.AddressCount));
    }

    [Fact]
    public void FindConflicts_DifferentCategories_ReportedButRefinementsAndAbusesAreNot()
    {
        var store = TagStore.Create([
            Tag("1A", "x", category: "exchange"),
            Tag("1A", "y", category: "mixer"),
            Tag("1B", "x", category: "exchange"),
            Tag("1B", "y", category: "service"),
            Tag("1C", "x", category: "exchange"),
            Tag("1C", "y", abuse: "sanction"),
            Tag("1D", "x", category: "defi"),
            Tag("1D", "y", category: "DeFi-Dex"),
            Tag("1E", "x", category: "exchange"),
            Tag("1E", "y", category: "Exchange"),
        ]);

        var conflict = Assert.Single(store.FindConflicts());

        Assert.Equal("1A", conflict.Address);
        Assert.Equal(["exchange", "mixing_service"], conflict.Categories);
        Assert.Equal(2, conflict.Tags.Count);
    }

    [Fact]
    public void TagsInCategory_SynonymsAndNarrowerConcepts_FoundFromCategoryAbuseAndConcepts()
    {
        var dex = Tag("1A", "dex", category: "defi_dex");
        var lending = Tag("1B", "lending", category: "defi_lending");
        var mixer = Tag("1C", "mixer", category: "Mixing Service");
        var ransom = Tag("1D", "ransom", abuse: "ransomware");
        var viaConcept = Tag("1E", "concept") with { Concepts = ["mixer"] };
        var store = TagStore.Create([dex, lending, mixer, ransom, viaConcept]);

        Assert.Equal([dex, lending], store.TagsInCategory("defi"));
        Assert.Equal([mixer, viaConcept], store.TagsInCategory("tumbler"));
        Assert.Equal([ransom], store.TagsInCategory("ransomware"));
        Assert.Empty(store.TagsInCategory("exchange"));
        Assert.Equal(["defi_dex", "defi_lending", "mixing_service", "ransomware"], store.Concepts.Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentException>(() => store.TagsInCategory(" "));
    }

    [Fact]
    public void BestTag_PrefersConfidenceThenClusterDefinerThenLoadOrder()
    {
        var low = Tag("1A", "low", level: 20, definer: true);
        var high = Tag("1A", "high", level: 50);
        var highDefiner = Tag("1A", "high definer", level: 50, definer: true);
        var unknown = Tag("1A", "unknown");
        var store = TagStore.Create([unknown, low, high, highDefiner, Tag("1A", "late equal", level: 50, definer: true)]);

        Assert.Same(highDefiner, store.BestTag("1A"));
        Assert.Same(unknown, TagStore.Create([unknown, Tag("1A", "second unknown")]).BestTag("1A"));
        Assert.Null(store.BestTag("1Z"));
    }

    [Fact]
    public void TagsOfActor_AndActorDefinitions_Resolve()
    {
        var actor = new TagActor { Id = "binance", Label = "Binance", Categories = ["exchange"], File = "actors.yaml", Line = 3 };
        var store = TagStore.Create([Tag("1A", "a", actor: "binance"), Tag("1B", "b", actor: "binance"), Tag("1C", "c")], [actor]);

        Assert.Equal(["1A", "1B"], store.TagsOfActor("binance").Select(t => t.Address));
        Assert.Equal(["binance"], store.Actors);
        Assert.True(store.TryGetActor("binance", out var found));
        Assert.Equal("Binance", found.Label);
        Assert.False(store.TryGetActor("kraken", out _));
        Assert.Empty(store.TagsOfActor("kraken"));
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Assert.Equal((0, 0), (TagStore.Empty.Count, TagStore.Empty.AddressCount));
        Assert.Empty(TagStore.Empty.FindConflicts());
        Assert.Throws<ArgumentNullException>(() => TagStore.Empty.TryGetTags(null!, out _));
    }

    [Fact]
    public void TagStoreLabels_GivesBestTagWithCategoryOrAbuse()
    {
        var store = TagStore.Create([
            Tag("1A", "WannaCry", abuse: "ransomware", level: 50),
            Tag("1B", "Kraken", category: "exchanges", abuse: "sanction", level: 50, origin: PackB),
        ]);
        var labels = new TagStoreLabels(store);

        Assert.True(labels.TryGetLabel("1A", out var ransom));
        Assert.Equal(new AddressLabel("WannaCry", "ransomware", "A"), ransom);
        Assert.True(labels.TryGetLabel("1B", out var exchange));
        Assert.Equal(new AddressLabel("Kraken", "exchange", "B"), exchange);
        Assert.False(labels.TryGetLabel("1C", out _));
    }
}
