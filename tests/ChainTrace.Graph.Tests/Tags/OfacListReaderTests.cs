using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

[Collection(RealTagDataGroup.Name)]
public sealed class OfacListReaderTests(RealTagData data)
{
    [SharedDataFact]
    public void ReadFolder_RealLists_CountsPerCurrencyFromTheTextFiles()
    {
        var counts = data.Ofac.Files.ToDictionary(f => Path.GetFileName(f.File), f => (f.Entries, f.Tags));

        Assert.Equal(17, counts.Count);
        Assert.All(counts.Keys, name => Assert.EndsWith(".txt", name, StringComparison.Ordinal));
        Assert.Equal((435, 434), counts["sanctioned_addresses_XBT.txt"]);
        Assert.Equal((152, 152), counts["sanctioned_addresses_ETH.txt"]);
        Assert.Equal((26, 26), counts["sanctioned_addresses_USDT.txt"]);
        Assert.Equal(654, data.Ofac.EntryCount);
        Assert.Equal(653, data.Ofac.Tags.Count);
        Assert.Equal(434, data.Ofac.Tags.Count(t => t.Currency == "BTC"));
        Assert.Equal(152, data.Ofac.Tags.Count(t => t.Currency == "ETH"));
    }

    [SharedDataFact]
    public void ReadFolder_TronAddressInXbtList_ReportedWithFileAndLineNotLoaded()
    {
        var diagnostic = Assert.Single(data.Ofac.Diagnostics);

        Assert.Equal(("sanctioned_addresses_XBT.txt", 355, TagSeverity.Error, TagDiagnosticKind.MalformedAddress), (Path.GetFileName(diagnostic.File), diagnostic.Line, diagnostic.Severity, diagnostic.Kind));
        Assert.Contains("TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("looks like a TRON address", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(data.Ofac.Tags, t => t.Address == "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq");
    }

    [SharedDataFact]
    public void ReadFile_RealJsonVariant_SameTagsAndTronAtItsJsonLine()
    {
        var json = OfacListReader.ReadFile(SharedData.PathOf("labels/ofac/sanctioned_addresses_XBT.json"));
        var text = data.Ofac.Tags.Where(t => t.Currency == "BTC").Select(t => t.Address);

        Assert.Equal(text, json.Tags.Select(t => t.Address));
        var diagnostic = Assert.Single(json.Diagnostics);
        Assert.Equal((356, TagDiagnosticKind.MalformedAddress), (diagnostic.Line, diagnostic.Kind));
        Assert.Equal(2, json.Tags[0].Line);
    }

    [SharedDataFact]
    public void ReadFolder_RealLists_TagsAreSanctionsWithAuthorityConfidence()
    {
        var eth = data.Ofac.Tags.First(t => t.Currency == "ETH");

        Assert.Equal(("0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1", OfacListReader.Label, "sanction", "authority_data", 60), (eth.Address, eth.Label, eth.Abuse, eth.Confidence, eth.ConfidenceLevel));
        Assert.Equal(("OFAC SDN list (ETH)", TagSourceKind.OfacList), (eth.Origin.Title, eth.Origin.Kind));
        Assert.All(data.Ofac.Tags, t => Assert.True(TagCategories.Any(t, TagCategories.IsSanctioned)));
    }

    [Fact]
    public void ReadFile_TextWithRepeatsBlanksAndCrlf_ReportsRepeatsAndReadsTheRest()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("sanctioned_addresses_ETH.txt");
        File.WriteAllText(path, "0x175d44451403Edf28469dF03A9280c1197ADb92c\r\n\r\n# comment\r\n0x175D44451403EDF28469DF03A9280C1197ADB92C\r\n  0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff\r\n");

        var result = OfacListReader.ReadFile(path);

        Assert.Equal(["0x175d44451403edf28469df03a9280c1197adb92c", "0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff"], result.Tags.Select(t => t.Address));
        Assert.Equal([(4, TagDiagnosticKind.DuplicateEntry), (5, TagDiagnosticKind.AddressTrimmed)], result.Diagnostics.Select(d => (d.Line, d.Kind)));
        Assert.Equal(3, result.EntryCount);
    }

    [Fact]
    public void ReadFile_JsonNotAnArray_ThrowsInvalidDataExceptionWithLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("sanctioned_addresses_XBT.json");
        File.WriteAllText(path, "\n{\"a\": 1}\n");
        var broken = dir.Sub("sanctioned_addresses_LTC.json");
        File.WriteAllText(broken, "[\n  \"LTC1\",\n  oops\n]");

        var notArray = Assert.Throws<InvalidDataException>(() => OfacListReader.ReadFile(path));
        var syntax = Assert.Throws<InvalidDataException>(() => OfacListReader.ReadFile(broken));

        Assert.Equal(2, TagFileError.LineOf(notArray));
        Assert.Equal(3, TagFileError.LineOf(syntax));
        Assert.StartsWith(broken + "(3): not valid JSON", syntax.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_NameWithoutCurrency_ThrowsArgumentException()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("list.txt"), "x\n");

        Assert.Throws<ArgumentException>(() => OfacListReader.ReadFile(dir.Sub("list.txt")));
        Assert.Single(OfacListReader.ReadFile(dir.Sub("list.txt"), "XMR").Tags);
    }

    [Theory]
    [InlineData("XBT", "BTC")]
    [InlineData("xbt", "BTC")]
    [InlineData("ETH", "ETH")]
    [InlineData("USDT", "USDT")]
    public void TickerOf_OfacCode_MapsXbtToBtc(string code, string ticker) => Assert.Equal(ticker, OfacListReader.TickerOf(code));
}
