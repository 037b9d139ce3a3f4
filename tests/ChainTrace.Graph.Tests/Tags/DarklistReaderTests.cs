using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

[Collection(RealTagDataGroup.Name)]
public sealed class DarklistReaderTests(RealTagData data)
{
    [SharedDataFact]
    public void ReadFile_RealDarklist_LoadsValidEntriesAndReportsTheDirtyOnes()
    {
        var result = data.Darklist;
        var byKind = result.Diagnostics.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(693, result.EntryCount);
        Assert.Equal(629, result.Tags.Count);
        Assert.Equal(693 - 1 - 63, result.Tags.Count);
        Assert.Equal(63, byKind[TagDiagnosticKind.DuplicateEntry]);
        Assert.Equal(1, byKind[TagDiagnosticKind.MalformedAddress]);
        Assert.Equal(2, byKind[TagDiagnosticKind.AddressTrimmed]);
        Assert.Equal(2, byKind[TagDiagnosticKind.DateFormat]);
        Assert.Equal(68, result.Diagnostics.Count);
    }

    [SharedDataFact]
    public void ReadFile_RealDarklist_MalformedAndTrimmedAddressesAtTheirLines()
    {
        var lines = data.Darklist.Diagnostics
            .Where(d => d.Kind is TagDiagnosticKind.MalformedAddress or TagDiagnosticKind.AddressTrimmed)
            .Select(d => (d.Line, d.Severity, d.Kind));

        Assert.Equal(
            [(1878, TagSeverity.Error, TagDiagnosticKind.MalformedAddress), (3324, TagSeverity.Warning, TagDiagnosticKind.AddressTrimmed), (3329, TagSeverity.Warning, TagDiagnosticKind.AddressTrimmed)],
            lines);
        Assert.Contains("0x9CdfC5b0ACA4527a0916412E9dbD6AD85556A49", data.Darklist.Diagnostics.Single(d => d.Line == 1878).Message, StringComparison.Ordinal);
        Assert.Contains(data.Darklist.Tags, t => t.Address == "0x00e01a648ff41346cdeb873182383333d2184dd1");
    }

    [SharedDataFact]
    public void ReadFile_RealDarklist_ReadsBothDateFormats()
    {
        var us = data.Darklist.Diagnostics.Where(d => d.Kind == TagDiagnosticKind.DateFormat).ToList();

        Assert.Equal([(3256, TagSeverity.Info), (3331, TagSeverity.Info)], us.Select(d => (d.Line, d.Severity)));
        Assert.Contains("(12 entries, first at line 3256)", us[0].Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2018, 11, 6), data.Darklist.Tags[0].Lastmod);
        Assert.Equal(16, data.Darklist.Tags.Count(t => t.Lastmod is { Year: 2017, Month: 7, Day: 18 or 22 })); // 13 written 7/18/17 or 7/22/17, 3 in ISO form
        Assert.Equal(23, data.Darklist.Tags.Count(t => t.Lastmod is null));
    }

    [SharedDataFact]
    public void ReadFile_RealDarklist_RepeatKeepsFirstEntryWithTheRepeatsComment()
    {
        var tag = data.Darklist.Tags.Single(t => t.Address == "0xd0cc2b24980cbcca47ef755da88b220a82291407");
        var repeat = data.Darklist.Diagnostics.Single(d => d.Kind == TagDiagnosticKind.DuplicateEntry && d.Message.Contains("0xd0cc2b24980cbcca47ef755da88b220a82291407", StringComparison.Ordinal));

        Assert.Equal("myelherwallel.com wallet", tag.Label);
        Assert.Equal(new DateOnly(2018, 3, 12), tag.Lastmod);
        Assert.Contains($"first at line {tag.Line}", repeat.Message, StringComparison.Ordinal);
        Assert.Contains("its comment is kept", repeat.Message, StringComparison.Ordinal);
        Assert.Equal("0xf193a9afb00715aacf7ca9ebffafe02c77517c2e", data.Darklist.Tags[0].Address);
        Assert.Equal(("Fake copy of ROCK2PAY token", "scam", "ETH", 3), (data.Darklist.Tags[0].Label, data.Darklist.Tags[0].Abuse, data.Darklist.Tags[0].Network, data.Darklist.Tags[0].Line));
    }

    [Fact]
    public void ReadFile_SmallDirtyList_EveryProblemHasItsLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("darklist.json");
        File.WriteAllText(path, """
            [
              {"address": "0xF193a9aFb00715AaCF7ca9Ebffafe02C77517C2E", "comment": "", "date": "2018-11-06"},
              {"address": "0xf193a9afb00715aacf7ca9ebffafe02c77517c2e", "comment": "Phishing site", "date": "13/45/18"},
              {"comment": "no address"},
              "not an object",
              {"address": "0x123", "comment": "short", "category": "scam"},
              {"address": 7},
              {"address": "0x19fb7020381fe9197bf841d5034D5467FE5a3C93", "address": "0xcc02b920ae227f1be7d01fc241c27e5f74d40436"}
            ]
            """);

        var result = DarklistReader.ReadFile(path);

        Assert.Equal(2, result.Tags.Count);
        var tag = result.Tags[0];
        Assert.Equal(("Phishing site", "phishing", new DateOnly(2018, 11, 6)), (tag.Label, tag.Abuse, tag.Lastmod));
        Assert.Equal(("0xcc02b920ae227f1be7d01fc241c27e5f74d40436", DarklistReader.DefaultLabel, "scam"), (result.Tags[1].Address, result.Tags[1].Label, result.Tags[1].Abuse));
        Assert.Equal(
            [
                (3, TagSeverity.Warning, TagDiagnosticKind.DuplicateEntry),
                (4, TagSeverity.Error, TagDiagnosticKind.MissingField),
                (5, TagSeverity.Error, TagDiagnosticKind.BadEntry),
                (6, TagSeverity.Error, TagDiagnosticKind.MalformedAddress),
                (6, TagSeverity.Warning, TagDiagnosticKind.UnknownField),
                (7, TagSeverity.Warning, TagDiagnosticKind.BadValue),
                (7, TagSeverity.Error, TagDiagnosticKind.MissingField),
                (8, TagSeverity.Warning, TagDiagnosticKind.BadValue),
            ],
            result.Diagnostics.Select(d => (d.Line, d.Severity, d.Kind)));
        Assert.Equal(7, result.EntryCount);
    }

    [Fact]
    public void ReadFile_NotJson_ThrowsInvalidDataExceptionWithLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("darklist.json");
        File.WriteAllText(path, "[\n  {\"address\": \"0x1\",\n  }\n");

        var e = Assert.Throws<InvalidDataException>(() => DarklistReader.ReadFile(path));

        Assert.Equal(3, TagFileError.LineOf(e));
    }
}
