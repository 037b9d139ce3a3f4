using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

public sealed class TagPackReaderTests
{
    private const string Pack = """
        title: Test pack
        creator: Tester
        description: header fields are inherited
        currency: BTC
        category: Exchange
        confidence: service_data
        is_cluster_definer: true
        source: https://example.org/list
        lastmod: 2021-11-14
        label: Header label
        actor: some_exchange
        tags:
        - address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN
        - address: '0xFA8E3920daF271daB92Be9B87d9998DDd94FEF08'
          currency: ETH
          label: 'Own label: with colon'
          confidence: forensic
          is_cluster_definer: false
          lastmod: 2023-08-16 12:18:52.619444
          concepts:
          - defi_dex
          - exchange
        - label: 2020
          address: BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4
          abuse: ransomware
          category:
          source: "https://example.org/\u00e9"
        """;

    private static TagLoadResult Read(string yaml, TagReadOptions? options = null) =>
        new TagPackReader(options).Read(yaml, "test.yaml");

    [Fact]
    public void Read_TagWithoutOwnFields_InheritsEveryHeaderField()
    {
        var tag = Read(Pack).Tags[0];

        Assert.Equal("1Archive1n2C579dMsAu3iC6tWzuQJz8dN", tag.Address);
        Assert.Equal("BTC", tag.Currency);
        Assert.Equal("BTC", tag.Network);
        Assert.Equal("Header label", tag.Label);
        Assert.Equal("Exchange", tag.Category);
        Assert.Equal("service_data", tag.Confidence);
        Assert.Equal(50, tag.ConfidenceLevel);
        Assert.True(tag.IsClusterDefiner);
        Assert.Equal("https://example.org/list", tag.Source);
        Assert.Equal("some_exchange", tag.Actor);
        Assert.Equal(new DateOnly(2021, 11, 14), tag.Lastmod);
        Assert.Equal(13, tag.Line);
        Assert.Equal(new TagOrigin(TagSourceKind.TagPack, "test.yaml", "Test pack", "Tester"), tag.Origin);
    }

    [Fact]
    public void Read_TagOwnFields_OverrideHeaderAndNormaliseAddress()
    {
        var tag = Read(Pack).Tags[1];

        Assert.Equal("0xfa8e3920daf271dab92be9b87d9998ddd94fef08", tag.Address);
        Assert.Equal("ETH", tag.Currency);
        Assert.Equal("Own label: with colon", tag.Label);
        Assert.Equal("forensic", tag.Confidence);
        Assert.Equal(50, tag.ConfidenceLevel);
        Assert.False(tag.IsClusterDefiner);
        Assert.Equal(new DateOnly(2023, 8, 16), tag.Lastmod);
        Assert.Equal(["defi_dex", "exchange"], tag.Concepts);
        Assert.Equal(14, tag.Line);
    }

    [Fact]
    public void Read_NumericLabelAndUpperCaseBech32_KeptAsTextAndLowerCased()
    {
        var tag = Read(Pack).Tags[2];

        Assert.Equal("2020", tag.Label);
        Assert.Equal("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", tag.Address);
        Assert.Equal("ransomware", tag.Abuse);
        Assert.Equal("Exchange", tag.Category);
        Assert.Equal("https://example.org/é", tag.Source);
    }

    [Fact]
    public void Read_CleanPack_HasNoDiagnosticsAndCountsEntries()
    {
        var result = Read(Pack);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.EntryCount);
        Assert.Equal(3, result.Tags.Count);
        var file = Assert.Single(result.Files);
        Assert.Equal(new TagFileSummary("test.yaml", TagSourceKind.TagPack, "Test pack", 3, 3, UsedYamlDotNet: false), file);
    }

    [Theory]
    [InlineData("override", 100)]
    [InlineData("ownership", 100)]
    [InlineData("ledger_immanent", 100)]
    [InlineData("manual_transaction", 90)]
    [InlineData("service_api", 70)]
    [InlineData("authority_data", 60)]
    [InlineData("forensic", 50)]
    [InlineData("untrusted_transaction", 40)]
    [InlineData("web_crawl", 20)]
    [InlineData("heuristic", 10)]
    [InlineData("unknown", 5)]
    public void Read_ConfidenceName_MapsToTaxonomyLevel(string confidence, int level)
    {
        var yaml = $"title: t\ncreator: c\nsource: s\ncurrency: BTC\nconfidence: {confidence}\ntags:\n- address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN\n  label: x\n";

        var tag = Assert.Single(Read(yaml).Tags);

        Assert.Equal(level, tag.ConfidenceLevel);
    }

    [Fact]
    public void Read_BadEntries_EachReportedWithLineAndTheRestLoad()
    {
        const string yaml = """
            title: Dirty
            creator: c
            source: s
            confidence: forensic
            tags:
            - address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN
              label: good
              currency: BTC
            - address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dX
              label: bad checksum
              currency: BTC
            - label: no address
              currency: BTC
            - address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN
              label: good
              currency: BTC
            - address: '0x4736dCf1b7A3d580672CcE6E7c65cd5cc9cFBa9D '
              label: trailing space
              currency: ETH
            - address: rGeyCsqc6vKXuyTGF39WJxmTRemoV3c97h
              label: ripple
              currency: Ripple
              lastmod: 2021-13-45
              is_cluster_definer: maybe
              confidence: gut_feeling
              colour: blue
            - just a scalar
            - address: '0x12'
              label: short
              currency: ETH
            """;

        var result = Read(yaml);

        Assert.Equal(8, result.EntryCount);
        Assert.Equal(["1Archive1n2C579dMsAu3iC6tWzuQJz8dN", "0x4736dcf1b7a3d580672cce6e7c65cd5cc9cfba9d", "rGeyCsqc6vKXuyTGF39WJxmTRemoV3c97h"], result.Tags.Select(t => t.Address));
        var found = result.Diagnostics.Select(d => (d.Line, d.Severity, d.Kind)).ToList();
        Assert.Equal(
            [
                (9, TagSeverity.Error, TagDiagnosticKind.MalformedAddress),
                (12, TagSeverity.Error, TagDiagnosticKind.MissingField),
                (14, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry),
                (17, TagSeverity.Warning, TagDiagnosticKind.AddressTrimmed),
                (22, TagSeverity.Warning, TagDiagnosticKind.UnknownCurrency),
                (23, TagSeverity.Warning, TagDiagnosticKind.BadDate),
                (24, TagSeverity.Warning, TagDiagnosticKind.BadValue),
                (25, TagSeverity.Warning, TagDiagnosticKind.UnknownConfidence),
                (26, TagSeverity.Warning, TagDiagnosticKind.UnknownField),
                (27, TagSeverity.Error, TagDiagnosticKind.BadEntry),
                (28, TagSeverity.Error, TagDiagnosticKind.MalformedAddress),
            ],
            found);
        Assert.Contains("repeats the tag at line 6", result.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.Equal("test.yaml", d.File));
        var ripple = result.Tags[2];
        Assert.Null(ripple.Lastmod);
        Assert.Null(ripple.ConfidenceLevel);
        Assert.False(ripple.IsClusterDefiner);
    }

    [Fact]
    public void Read_FieldMissingInManyTags_ReportedOnceWithCount()
    {
        const string yaml = "title: t\ncreator: c\ncurrency: BTC\nlabel: l\ntags:\n- address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN\n- address: 1K1rgZ1dz9w7dsR1HGS1drmzfUHMtqx1Tc\n";

        var result = Read(yaml);

        Assert.Equal(2, result.Tags.Count);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal((6, TagDiagnosticKind.MissingField), (d.Line, d.Kind)));
        Assert.All(result.Diagnostics, d => Assert.Contains("(2 entries, first at line 6)", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NetworkField_UsedForValidationAndCurrencyKept()
    {
        const string yaml = "title: t\ncreator: c\nsource: s\nconfidence: forensic\ntags:\n- address: '0xdAC17F958D2ee523a2206206994597C13D831ec7'\n  currency: USDT\n  network: ETH\n  label: tether\n- address: 'TRYL7PKCG4b4xRCM554Q5J6o8f1UjUmfnY'\n  currency: USDT\n  network: BTC\n  label: wrong network\n";

        var result = Read(yaml);

        var tag = Assert.Single(result.Tags);
        Assert.Equal(("USDT", "ETH", "0xdac17f958d2ee523a2206206994597c13d831ec7"), (tag.Currency, tag.Network, tag.Address));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((10, TagDiagnosticKind.MalformedAddress), (error.Line, error.Kind));
        Assert.Contains("looks like a TRON address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderFieldAfterTags_ReportedAsNotInherited()
    {
        const string yaml = "title: t\ncreator: c\nsource: s\nconfidence: forensic\ntags:\n- address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN\n  label: x\ncurrency: BTC\n";

        var result = Read(yaml);

        Assert.Empty(result.Tags);
        Assert.Equal(
            [(6, TagDiagnosticKind.MissingField), (8, TagDiagnosticKind.BadEntry)],
            result.Diagnostics.Select(d => (d.Line, d.Kind)));
    }

    [Theory]
    [InlineData("title: t\ncreator: c\ntags: []\n")]
    [InlineData("title: t\ncreator: c\ntags:\n")]
    public void Read_EmptyTagsList_WarnsAtTheTagsKey(string yaml)
    {
        var result = Read(yaml);

        Assert.Empty(result.Tags);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((3, TagSeverity.Warning, TagDiagnosticKind.MissingField), (warning.Line, warning.Severity, warning.Kind));
    }

    [Fact]
    public void Read_YamlOutsideFastSubset_ReadByYamlDotNetWithSameMeaning()
    {
        const string yaml = """
            title: &t Anchored title
            creator: c
            source: s
            confidence: forensic
            currency: BTC
            description: |
              a block scalar
              over two lines
            tags:
            - address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN
              label: >-
                folded
                label
            """;

        var result = Read(yaml);

        var tag = Assert.Single(result.Tags);
        Assert.Equal("folded label", tag.Label);
        Assert.Equal("Anchored title", tag.Origin.Title);
        Assert.Equal(10, tag.Line);
        Assert.True(Assert.Single(result.Files).UsedYamlDotNet);
    }

    [Fact]
    public void Read_FastAndYamlDotNet_GiveTheSameTagsAndDiagnostics()
    {
        var fast = Read(Pack);
        var slow = Read(Pack, new TagReadOptions { FastYaml = false });

        Assert.Equal(fast.Tags.Select(Describe), slow.Tags.Select(Describe));
        Assert.Equal(fast.Diagnostics, slow.Diagnostics);
        Assert.True(slow.Files[0].UsedYamlDotNet);
        Assert.False(fast.Files[0].UsedYamlDotNet);
    }

    internal static string Describe(AddressTag t) =>
        $"{t.Address}|{t.Currency}|{t.Network}|{t.Label}|{t.Category}|{t.Abuse}|{string.Join(",", t.Concepts)}|{t.Confidence}|"
        + $"{t.ConfidenceLevel}|{t.Source}|{t.Actor}|{t.Context}|{t.IsClusterDefiner}|{t.Lastmod:O}|{t.Origin}|{t.Line}";
}
