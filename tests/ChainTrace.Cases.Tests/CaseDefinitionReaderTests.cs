using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Cases.Tests;

public sealed class CaseDefinitionReaderTests
{
    private static string SeedFile(string name) => Path.Combine(AppContext.BaseDirectory, "SeedFiles", name);

    private const string Valid = """
        title: Test
        chain: bitcoin
        policy: poison
        seeds:
          - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw
        """;

    [Fact]
    public void Read_WannaCrySeedFile_GivesThreeRansomAddresses()
    {
        var definition = CaseDefinitionReader.Read(SeedFile("wannacry.yaml"));

        Assert.Equal("WannaCry ransom payments", definition.Title);
        Assert.Equal(ChainKind.Bitcoin, definition.Chain);
        Assert.Equal("mainnet", definition.Network);
        Assert.Equal(
            ["12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw", "115p7UMMngoj1pMvkpHijcRdfJNXj6LrLn", "13AM4VW2dhxYgXeQepoHkHSQuy6NgaEb94"],
            definition.Seeds.Select(seed => seed.Value));
        Assert.All(definition.Seeds, seed =>
        {
            Assert.Equal(CaseSeedKind.Address, seed.Kind);
            Assert.Equal("perpetrator", seed.Category);
            Assert.Equal("ransomware", seed.Abuse);
            Assert.Equal("forensic", seed.Confidence);
            Assert.StartsWith("US-CERT alert TA17-132A", seed.Source, StringComparison.Ordinal);
        });
        Assert.Equal([19, 21, 23], definition.Seeds.Select(seed => seed.Line));
        Assert.Equal("WannaCry ransom address 2", definition.Seeds[1].Label);
        Assert.Equal(CasePolicy.Haircut, definition.Policy);
        Assert.Equal(CaseDirection.Forward, definition.Direction);
        Assert.Equal(6, definition.MaxHops);
        Assert.Equal(new BigInteger(10_000), definition.MinAmount);
        Assert.Equal(new DateTimeOffset(2017, 5, 12, 0, 0, 0, TimeSpan.Zero), definition.From);
        Assert.Equal(new DateTimeOffset(2017, 9, 1, 0, 0, 0, TimeSpan.Zero), definition.To);
        Assert.Equal(["exchange", "mixer"], definition.StopAtCategories);
        Assert.Empty(definition.TagSources);
        Assert.Equal(SeedFile("wannacry.yaml"), definition.FilePath);
    }

    [Fact]
    public void Read_RoninSeedFile_GivesAddressAndTwoTransactions()
    {
        var definition = CaseDefinitionReader.Read(SeedFile("ronin-bridge.yaml"));

        Assert.Equal(ChainKind.Ethereum, definition.Chain);
        Assert.Equal(
            [CaseSeedKind.Address, CaseSeedKind.Transaction, CaseSeedKind.Transaction],
            definition.Seeds.Select(seed => seed.Kind));
        Assert.Equal("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", definition.Seeds[0].Value);
        Assert.Equal("0xed2c72ef1a552ddaec6dd1f5cddf0b59a8f37f82bdda5257d9c7c37db7bb9b08", definition.Seeds[2].Value);
        Assert.Equal("service_hack", definition.Seeds[1].Abuse);
        Assert.Equal(CasePolicy.Fifo, definition.Policy);
        Assert.Equal(8, definition.MaxHops);
        Assert.Equal(BigInteger.Pow(10, 18), definition.MinAmount);
    }

    [SharedDataFact]
    public void Read_WannaCrySeeds_AreTaggedWannacryInTheGraphSenseRansomwarePack()
    {
        var pack = File.ReadAllText(SharedData.PathOf("labels/tagpacks/packs/ransomware.yaml"));
        var definition = CaseDefinitionReader.Read(SeedFile("wannacry.yaml"));

        foreach (var seed in definition.Seeds)
        {
            Assert.Contains($"- address: {seed.Value}\n  label: Wannacry\n", pack.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_Defaults_AreForwardFiveHopsNoWindow()
    {
        var definition = CaseDefinitionReader.Parse(Valid);

        Assert.Equal(CaseDirection.Forward, definition.Direction);
        Assert.Equal(5, definition.MaxHops);
        Assert.Equal(BigInteger.Zero, definition.MinAmount);
        Assert.Null(definition.From);
        Assert.Null(definition.To);
        Assert.Null(definition.Seeds[0].Label);
        Assert.Equal(5, definition.Seeds[0].Line);
    }

    [Fact]
    public void Parse_OutputSeedAndUnits_Normalised()
    {
        var txid = new string('A', 64);
        var definition = CaseDefinitionReader.Parse($"""
            title: T
            chain: bitcoin
            network: testnet
            policy: tiho
            direction: backward
            min_amount: 1500 sat
            time_window: {"{"} from: "2017-05-12T14:00:00+02:00" {"}"}
            seeds:
              - output: "{txid}:07"
              - address: tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx
            """);

        Assert.Equal(new string('a', 64) + ":7", definition.Seeds[0].Value);
        Assert.Equal(CaseSeedKind.Output, definition.Seeds[0].Kind);
        Assert.Equal(new BigInteger(1500), definition.MinAmount);
        Assert.Equal(new DateTimeOffset(2017, 5, 12, 12, 0, 0, TimeSpan.Zero), definition.From);
        Assert.Equal(CasePolicy.Tiho, definition.Policy);
        Assert.Equal(CaseDirection.Backward, definition.Direction);
    }

    [Theory]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\n", "case.yaml, line 1, column 1: missing required key 'seeds'")]
    [InlineData("title: T\nchain: bitcoin\npolicy: taint\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 3, column 9: unknown policy 'taint' (expected poison, haircut, fifo, lifo, tiho)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds: []\n", "case.yaml, line 4, column 8: 'seeds' is empty: a case needs at least one seed")]
    [InlineData("title: T\nchain: dogecoin\npolicy: poison\nseeds: []\n", "case.yaml, line 2, column 8: unknown chain 'dogecoin' (expected bitcoin or ethereum)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds:\n  - address: 0OIl\n", "case.yaml, line 5, column 14: '0OIl' is not a Bitcoin address (base58 or bech32)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds:\n  - address: tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx\n", "case.yaml, line 5, column 14: 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx' is not a mainnet address (expected it to start with 1, 3, bc1)")]
    [InlineData("title: T\nchain: ethereum\npolicy: poison\nseeds:\n  - output: abc:1\n", "case.yaml, line 5, column 13: output seeds (txid:vout) exist on Bitcoin only; use 'transaction' or 'address' on Ethereum")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n    transaction: aa\n", "case.yaml, line 5, column 5: a seed names exactly one of 'address', 'transaction' or 'output', not address and transaction")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 6, column 5: seed address 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw is listed twice (first on line 5)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nmaxhops: 3\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 4, column 1: case: unknown key 'maxhops'")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nmax_hops: 0\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 4, column 11: max_hops '0' is not a whole number of at least 1")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nmin_amount: 0.000000001 BTC\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 4, column 13: '0.000000001 BTC' has more decimals than the unit allows (8)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\ntime_window:\n  from: 2017-05-12\n  to: 2017-05-01\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n", "case.yaml, line 6, column 7: time_window 'to' is not after 'from'")]
    [InlineData("title: T\nchain: bitcoin\npolicy: poison\nseeds:\n  - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw\n    currency: ETH\n", "case.yaml, line 6, column 15: seed currency 'ETH' does not match the case chain (expected BTC)")]
    [InlineData("title: T\nchain: bitcoin\npolicy: [poison\n", "case.yaml, line 4, column 1: not valid YAML")]
    public void Parse_BadCaseFile_ThrowsNamingFileAndLine(string yaml, string expectedStart)
    {
        var error = Assert.Throws<CaseFileException>(() => CaseDefinitionReader.Parse(yaml, "case.yaml"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.Equal("case.yaml", error.FilePath);
    }

    [Fact]
    public void Parse_MissingTagSource_ThrowsWithLine()
    {
        using var dir = new TempDirectory();
        var yaml = Valid + "\ntag_sources:\n  - tags/none.yaml\n";

        var error = Assert.Throws<CaseFileException>(() => CaseDefinitionReader.Parse(yaml, "case.yaml", dir.Path));

        Assert.Equal(7, error.Line);
        Assert.Contains("tag source 'tags/none.yaml' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TagSourceBesideCaseFile_ResolvesAgainstItsFolder()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Sub("tags"));
        File.WriteAllText(dir.Combine("tags", "pack.yaml"), "title: x\n");
        File.WriteAllText(dir.Sub("case.yaml"), Valid + "\ntag_sources: [tags/pack.yaml]\n");

        var definition = CaseDefinitionReader.Read(dir.Sub("case.yaml"));

        Assert.Equal(["tags/pack.yaml"], definition.TagSources);
        Assert.Equal([Path.GetFullPath(dir.Combine("tags", "pack.yaml"))], definition.ResolveTagSources());
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => CaseDefinitionReader.Read("/nonexistent/case.yaml"));
    }
}
