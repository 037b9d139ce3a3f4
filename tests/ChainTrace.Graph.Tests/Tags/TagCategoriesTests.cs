using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

public sealed class TagCategoriesTests
{
    [Theory]
    [InlineData("exchange", "exchange")]
    [InlineData(" Exchange ", "exchange")]
    [InlineData("CEX", "exchange")]
    [InlineData("Mixing Service", "mixing_service")]
    [InlineData("mixer", "mixing_service")]
    [InlineData("tumbler", "mixing_service")]
    [InlineData("coin-join", "coinjoin")]
    [InlineData("mining_pool", "miner")]
    [InlineData("OFAC", "sanction")]
    [InlineData("sanctioned", "sanction")]
    [InlineData("phish", "phishing")]
    [InlineData("DEX", "defi_dex")]
    [InlineData("something_new", "something_new")]
    public void Normalize_Spelling_MapsToTaxonomyConcept(string input, string concept) =>
        Assert.Equal(concept, TagCategories.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_Blank_IsNull(string? input) => Assert.Null(TagCategories.Normalize(input));

    [Fact]
    public void Predicates_AnswerTracingQuestions()
    {
        Assert.True(TagCategories.IsExchange("Exchange"));
        Assert.False(TagCategories.IsExchange("defi_dex"));
        Assert.True(TagCategories.IsMixer("mixing_service"));
        Assert.True(TagCategories.IsMixer("coinjoin"));
        Assert.False(TagCategories.IsCoinJoin("mixer"));
        Assert.True(TagCategories.IsMiner("mining_service"));
        Assert.True(TagCategories.IsDefi("defi_lending"));
        Assert.False(TagCategories.IsDefi("exchange"));
        Assert.True(TagCategories.IsScam("sextortion"));
        Assert.True(TagCategories.IsScam("pyramid_scheme"));
        Assert.False(TagCategories.IsScam("ransomware"));
        Assert.True(TagCategories.IsRansomware("Ransomware"));
        Assert.True(TagCategories.IsSanctioned("ofac"));
        Assert.True(TagCategories.IsHack("exploit"));
        Assert.True(TagCategories.IsGambling("casino"));
        Assert.True(TagCategories.IsMarket("darknet market"));
        Assert.False(TagCategories.IsExchange(null));
    }

    [Fact]
    public void IsWithin_FollowsTaxonomyParents()
    {
        Assert.True(TagCategories.IsWithin("defi_dex", "defi"));
        Assert.True(TagCategories.IsWithin("defi_dex", "service"));
        Assert.True(TagCategories.IsWithin("exchange", "exchange"));
        Assert.False(TagCategories.IsWithin("service", "exchange"));
        Assert.True(TagCategories.IsWithin("pyramid_scheme", "investment_fraud"));
    }

    [Fact]
    public void ConceptsOf_Tag_CategoryAbuseAndConceptsNormalisedWithoutRepeats()
    {
        var tag = new AddressTag
        {
            Address = "1A",
            Currency = "BTC",
            Network = "BTC",
            Label = "x",
            Category = "Exchange",
            Abuse = "OFAC",
            Concepts = ["exchange", "mixer"],
            Origin = new TagOrigin(TagSourceKind.Other, "t", "t"),
        };

        Assert.Equal(["exchange", "sanction", "mixing_service"], TagCategories.ConceptsOf(tag));
        Assert.True(TagCategories.Any(tag, TagCategories.IsMixer));
        Assert.False(TagCategories.Any(tag, TagCategories.IsRansomware));
    }
}
