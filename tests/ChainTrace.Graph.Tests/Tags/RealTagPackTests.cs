using ChainTrace.Graph.Tags;
using Xunit.Abstractions;

namespace ChainTrace.Graph.Tests.Tags;

[Collection(RealTagDataGroup.Name)]
public sealed class RealTagPackTests(RealTagData data, ITestOutputHelper output)
{
    private static readonly string[] WannaCry = ["12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw", "115p7UMMngoj1pMvkpHijcRdfJNXj6LrLn", "13AM4VW2dhxYgXeQepoHkHSQuy6NgaEb94"];

    [SharedDataFact]
    public void ReadFolder_AllRealPacks_ReadsEveryEntryAndLoadsAllButTheBadOnes()
    {
        var packs = data.Packs;
        output.WriteLine($"86 packs, {packs.EntryCount:N0} entries read in {data.PacksLoadTime.TotalMilliseconds:N0} ms (cold, {Environment.ProcessorCount} cores)");

        Assert.Equal(86, packs.Files.Count);
        Assert.Equal(524_170, packs.EntryCount);
        Assert.Equal(524_153, packs.Tags.Count);
        Assert.Equal(packs.EntryCount - 11 - 6, packs.Tags.Count);
        Assert.All(packs.Files, f => Assert.False(f.UsedYamlDotNet, f.File));
    }

    [SharedDataFact]
    public void ReadFolder_AllRealPacks_ReportsEachMalformedAddressWithFileAndLine()
    {
        var malformed = data.Packs.Diagnostics
            .Where(d => d.Kind == TagDiagnosticKind.MalformedAddress)
            .Select(d => (Path.GetFileName(d.File), d.Line, d.Severity))
            .ToList();

        Assert.Equal(
            [
                ("etherscamdb_tagpack.yaml", 15521, TagSeverity.Error),
                ("exchange-wallets-bitfinexcom.yaml", 82, TagSeverity.Error),
                ("ofac.yaml", 1069, TagSeverity.Error),
                ("plustoken.yaml", 11, TagSeverity.Error),
                ("plustoken.yaml", 31, TagSeverity.Error),
                ("sextortion_excello.yaml", 2867, TagSeverity.Error),
                ("sextortion_excello.yaml", 6485, TagSeverity.Error),
                ("sextortion_excello.yaml", 10617, TagSeverity.Error),
                ("sextortion_excello.yaml", 12935, TagSeverity.Error),
                ("sextortion_excello.yaml", 20861, TagSeverity.Error),
                ("sextortion_excello.yaml", 20871, TagSeverity.Error),
            ],
            malformed);
        var tron = data.Packs.Diagnostics.Single(d => d.Line == 1069);
        Assert.Contains("'TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq' (BTC)", tron.Message, StringComparison.Ordinal);
        Assert.Contains("looks like a TRON address", tron.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void ReadFolder_AllRealPacks_ReportsDuplicatesAndEveryOtherProblem()
    {
        var byKind = data.Packs.Diagnostics.GroupBy(d => (d.Kind, d.Severity)).ToDictionary(g => g.Key, g => g.Count());
        var duplicates = data.Packs.Diagnostics.Where(d => d.Kind == TagDiagnosticKind.DuplicateEntry).Select(d => (Path.GetFileName(d.File), d.Line));

        Assert.Equal(
            [("exchange-wallets-kucoin.yaml", 31), ("exchange-wallets-kucoin.yaml", 75), ("exchange-wallets-kucoin.yaml", 119),
             ("exchange-wallets-kucoin.yaml", 125), ("exchange-wallets-kucoin.yaml", 129), ("tornado_cash.yaml", 51)],
            duplicates);
        Assert.Equal(11, byKind[(TagDiagnosticKind.MalformedAddress, TagSeverity.Error)]);
        Assert.Equal(6, byKind[(TagDiagnosticKind.DuplicateEntry, TagSeverity.Warning)]);
        Assert.Equal(1, byKind[(TagDiagnosticKind.AddressTrimmed, TagSeverity.Warning)]);
        Assert.Equal(17, byKind[(TagDiagnosticKind.UnknownCurrency, TagSeverity.Warning)]); // Bitfinex: "Ripple", "Luna", "Blockstream", …
        Assert.Equal(3, byKind[(TagDiagnosticKind.MissingField, TagSeverity.Warning)]); // no confidence: etherscamdb, miners_additional, ofac
        Assert.Equal(38, data.Packs.Diagnostics.Count);
        Assert.Equal(11, data.Packs.Errors.Count());
    }

    [SharedDataTheory]
    [InlineData("ransomware.yaml", 7_178, "Ransomware Tagpack")]
    [InlineData("ransomwhere.yaml", 7_457, "Ransomwhere tag pack")]
    public void ReadFolder_RansomwarePacks_LoadEveryAddress(string file, int count, string title)
    {
        var summary = data.Packs.Files.Single(f => Path.GetFileName(f.File) == file);

        Assert.Equal((count, count, title), (summary.Entries, summary.Tags, summary.Title));
        Assert.Equal(count, data.Packs.Tags.Count(t => Path.GetFileName(t.Origin.File) == file && t.Abuse == "ransomware"));
    }

    [SharedDataFact]
    public void ReadFolder_WannaCryAddresses_TaggedRansomwareWithInheritedHeaderFields()
    {
        foreach (var address in WannaCry)
        {
            var tags = data.Packs.Tags.Where(t => t.Address == address).ToList();

            Assert.Equal(2, tags.Count);
            var paquet = tags.Single(t => t.Origin.Title == "Ransomware Tagpack");
            Assert.Equal(("Wannacry", "ransomware", "BTC", "forensic", 50, true), (paquet.Label, paquet.Abuse, paquet.Currency, paquet.Confidence, paquet.ConfidenceLevel, paquet.IsClusterDefiner));
            Assert.Equal(new DateOnly(2021, 11, 14), paquet.Lastmod);
            Assert.Equal("https://zenodo.org/record/1238041#.XLQwopMzZR4", paquet.Source);
            Assert.Equal("Paquet-Clouston et al.", paquet.Origin.Creator);
            var ransomwhere = tags.Single(t => t.Origin.Title == "Ransomwhere tag pack");
            Assert.Equal(("WannaCry", "ransomware", "BTC", "forensic", false), (ransomwhere.Label, ransomwhere.Abuse, ransomwhere.Currency, ransomwhere.Confidence, ransomwhere.IsClusterDefiner));
            Assert.Equal(new DateOnly(2022, 2, 15), ransomwhere.Lastmod);
            Assert.Equal("https://ransomwhe.re/", ransomwhere.Source);
            Assert.True(TagCategories.Any(paquet, TagCategories.IsRansomware));
        }

        Assert.Equal([21517, 21514, 21520], WannaCry.Select(a => data.Packs.Tags.Single(t => t.Address == a && t.Origin.Title == "Ransomware Tagpack").Line));
    }

    [SharedDataFact]
    public void ReadFolder_RealPacks_NormaliseEthereumAndKeepHeaderOnlyDates()
    {
        var demo = data.Packs.Tags.Where(t => t.Origin.Title == "GraphSense Demo TagPack").ToList();

        Assert.Equal(["BTC", "BCH", "ETH", "XRP", "ZEC"], demo.Select(t => t.Currency));
        Assert.Equal("0xfa8e3920daf271dab92be9b87d9998ddd94fef08", demo[2].Address);
        Assert.All(demo, t => Assert.Equal(("Internet Archive", "organization", "internet_archive", 50, true), (t.Label, t.Category, t.Actor, t.ConfidenceLevel, t.IsClusterDefiner)));
        Assert.DoesNotContain(data.Packs.Tags, t => t.Network == "ETH" && !string.Equals(t.Address, t.Address.ToLowerInvariant(), StringComparison.Ordinal));
        var exchange = data.Packs.Tags.First(t => t.Origin.Title == "Etherscan exchange");
        Assert.Equal(new DateOnly(2023, 8, 16), exchange.Lastmod); // header "2023-08-16 12:18:52.619444"
    }

    /// <summary>
    /// Every real TagPack and the ActorPack read as YamlDotNet reads them. The bitmex packs 1–6 are skipped: they are
    /// 14 MB of the same shape as bitmex_0 (which is compared), and YamlDotNet is the slow half of this test.
    /// </summary>
    [SharedDataFact]
    public void FastReader_EveryRealYamlFile_GivesYamlDotNetEvents()
    {
        var files = Directory.GetFiles(SharedData.PathOf("labels/tagpacks"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/.github/", StringComparison.Ordinal))
            .Where(f => !System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^exchange-wallets-bitmex_[1-6]\.yaml$"))
            .ToList();

        Assert.Equal(87 - 6, files.Count);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(YamlDotNetEventReader.Read(text).SequenceEqual(FastYamlReader.Read(text)), file);
        }
    }
}
