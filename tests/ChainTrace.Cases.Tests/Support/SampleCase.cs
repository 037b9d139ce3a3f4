using System.Numerics;
using ChainTrace.Cases;
using ChainTrace.Core;

namespace ChainTrace.Cases.Tests;

/// <summary>Small hand-built cases with known figures for the export tests.</summary>
internal static class SampleCase
{
    public const string Seed1 = "12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw";
    public const string Seed2 = "115p7UMMngoj1pMvkpHijcRdfJNXj6LrLn";
    public const string Hop1 = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT";
    public const string Change = "1CounterpartyXXXXXXXXXXXXXXXUWLpVr";
    public const string Exchange = "1ExchangeHotWa11etXXXXXXXXXXaSiVB2";
    public const string Mixer = "1MixerDepositXXXXXXXXXXXXXXXaTfKiN";
    public const string HostileLabel = "Evil <script>alert('x')</script> & \"Co\"";
    public static readonly string Tx1 = new('a', 64);
    public static readonly string Tx2 = "b" + new string('c', 63);

    /// <summary>6 addresses and 2 transactions, 7 edges; 15 BTC seeded, 11.99995 BTC reach exits.</summary>
    public static (CaseResult Result, CaseGraph Graph) Bitcoin()
    {
        var t0 = new DateTimeOffset(2017, 8, 3, 4, 5, 6, TimeSpan.Zero);
        var nodes = new List<CaseNode>
        {
            CaseNode.ForAddress(Seed1, 0, 1_000_000_000, "BTC") with { IsSeed = true, Label = "WannaCry 1", Category = "ransomware" },
            CaseNode.ForAddress(Seed2, 0, 500_000_000, "BTC") with { IsSeed = true, Label = "WannaCry 2", Category = "ransomware" },
            CaseNode.ForTransaction(Tx1, 0, 1_500_000_000, "BTC"),
            CaseNode.ForAddress(Hop1, 1, 1_200_000_000, "BTC") with { Attributes = new Dictionary<string, string> { ["script_type"] = "p2pkh" } },
            CaseNode.ForAddress(Change, 1, 299_990_000, "BTC"),
            CaseNode.ForTransaction(Tx2, 1, 1_200_000_000, "BTC"),
            CaseNode.ForAddress(Exchange, 2, 700_000_000, "BTC") with { Label = HostileLabel, Category = "exchange" },
            CaseNode.ForAddress(Mixer, 2, 499_995_000, "BTC") with { Label = "=HYPERLINK(\"x\")", Category = "mixer", Attributes = new Dictionary<string, string> { ["cluster"] = "42" } },
        };
        var edges = new List<CaseEdge>
        {
            new(CaseNode.AddressId(Seed1), CaseNode.TransactionId(Tx1), "BTC", 1_000_000_000, 1_000_000_000, t0, Tx1, 0),
            new(CaseNode.AddressId(Seed2), CaseNode.TransactionId(Tx1), "BTC", 500_000_000, 500_000_000, t0, Tx1, 0),
            new(CaseNode.TransactionId(Tx1), CaseNode.AddressId(Hop1), "BTC", 1_200_000_000, 1_200_000_000, t0, Tx1, 0),
            new(CaseNode.TransactionId(Tx1), CaseNode.AddressId(Change), "BTC", 299_990_000, 299_990_000, t0, Tx1, 0),
            new(CaseNode.AddressId(Hop1), CaseNode.TransactionId(Tx2), "BTC", 1_200_000_000, 1_200_000_000, t0.AddHours(2), Tx2, 1),
            new(CaseNode.TransactionId(Tx2), CaseNode.AddressId(Exchange), "BTC", 700_000_000, 700_000_000, t0.AddHours(2), Tx2, 1),
            new(CaseNode.TransactionId(Tx2), CaseNode.AddressId(Mixer), "BTC", 499_995_000, 499_995_000, t0.AddHours(2), Tx2, 1),
        };
        var definition = CaseDefinitionReader.Parse(
            $"""
            title: Sample <b>case</b>
            description: A hand-built case.
            chain: bitcoin
            policy: haircut
            source: unit test
            seeds:
              - address: {Seed1}
                label: WannaCry 1
              - address: {Seed2}
                label: WannaCry 2
            stop_at_categories: [exchange, mixer]
            """,
            "sample.yaml");
        var result = new CaseResult
        {
            Definition = definition,
            Parameters = CaseParameters.FromDefinition(definition) with { Extra = new Dictionary<string, string> { ["z_engine"] = "test", ["a_mode"] = "exact" } },
            Totals = [new CaseTotals("BTC", 1_500_000_000, 1_199_995_000, 299_990_000, 15_000)],
            Exits =
            [
                new CaseExit(Mixer, "=HYPERLINK(\"x\")", "mixer", "BTC", 499_995_000, 2, [Tx2]),
                new CaseExit(Exchange, HostileLabel, "exchange", "BTC", 700_000_000, 2, [Tx2]),
            ],
            Exposure =
            [
                new CaseExposure("mixer", ExposureDirection.Outgoing, "BTC", 0, 499_995_000),
                new CaseExposure("exchange", ExposureDirection.Outgoing, "BTC", 0, 700_000_000),
            ],
            Flags =
            [
                new CaseFlag(Hop1, 0.875, ["peel_chain", "fan_out"], [new CaseEvidence("transaction", Tx2, "2 outputs"), new CaseEvidence("feature", "in_degree", "1")]),
            ],
            Provenance = new CaseProvenance
            {
                DatasetName = "btc-2017",
                Chain = "bitcoin",
                Network = "mainnet",
                CheckpointHeight = 478_558,
                CheckpointHash = "0000000000000000011865af4122fe3b144e2cbeea86142e8ff2fb4107352d43",
                DatasetJsonSha256 = new string('d', 64),
                ToolVersion = "0.1.0-test",
                Inputs = [new CaseInputFile("case_file", "sample.yaml", new string('e', 64), 321)],
            },
            Warnings = ["Tags for 1 address came from a file with <b>markup</b>."],
        };
        return (result, new CaseGraph(nodes, edges));
    }

    /// <summary>An Ethereum case whose amounts exceed 2^53 (173,600 ETH) plus a token with unknown decimals.</summary>
    public static (CaseResult Result, CaseGraph Graph) Ethereum()
    {
        const string exploiter = "0x098b716b8aaf21512996dc57eb0615e2383e2f96";
        const string bridge = "0x1a2a1c938ce3ec39b6d47113c7955baa9dd454f2";
        const string tx = "0xc28fad5e8d5e0ce6a2eaf67b6687be5d58113e16be590824d6cfa1a94467d0b7";
        var wei = BigInteger.Parse("173600000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        var time = new DateTimeOffset(2022, 3, 23, 12, 0, 0, TimeSpan.Zero);
        var nodes = new[]
        {
            CaseNode.ForAddress(bridge, 0, wei, "ETH") with { IsSeed = true, Label = "Ronin bridge", Category = "bridge" },
            CaseNode.ForTransaction(tx, 0, wei, "ETH"),
            CaseNode.ForAddress(exploiter, 1, wei, "ETH") with { Label = "Ronin bridge exploiter" },
        };
        var edges = new[]
        {
            new CaseEdge(nodes[0].Id, nodes[1].Id, "ETH", wei, wei, time, tx, 0),
            new CaseEdge(nodes[1].Id, nodes[2].Id, "ETH", wei, wei, time, tx, 0),
        };
        var definition = new CaseDefinition
        {
            Title = "Ronin",
            Chain = ChainKind.Ethereum,
            Seeds = [new CaseSeed(CaseSeedKind.Address, bridge)],
            Policy = CasePolicy.Fifo,
        };
        var result = new CaseResult
        {
            Definition = definition,
            Parameters = CaseParameters.FromDefinition(definition),
            Assets = [new CaseAsset("0xtoken", "TKN", null)],
            Totals = [new CaseTotals("ETH", wei, 0, wei, 0), new CaseTotals("0xtoken", 9_007_199_254_740_993, 0, 0, 0)],
            Provenance = new CaseProvenance { DatasetName = "eth", Chain = "ethereum", Network = "mainnet", ToolVersion = "0.1.0-test" },
        };
        return (result, new CaseGraph(nodes, edges));
    }

    /// <summary>A chain of <paramref name="count"/> address/transaction pairs, for the drawing cap.</summary>
    public static (CaseResult Result, CaseGraph Graph) Chain(int count)
    {
        var (template, _) = Bitcoin();
        var nodes = new List<CaseNode>();
        var edges = new List<CaseEdge>();
        var time = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var address = CaseNode.ForAddress($"1Addr{i:D5}", i, 1_000_000 - i, "BTC") with { IsSeed = i == 0 };
            var txid = i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);
            var transaction = CaseNode.ForTransaction(txid, i, 1_000_000 - i, "BTC");
            nodes.Add(address);
            nodes.Add(transaction);
            edges.Add(new CaseEdge(address.Id, transaction.Id, "BTC", 1_000_000 - i, 1_000_000 - i, time, txid, i));
            if (i > 0)
            {
                edges.Add(new CaseEdge(nodes[^3].Id, address.Id, "BTC", 1_000_000 - i, 1_000_000 - i, time, (i - 1).ToString("x64", System.Globalization.CultureInfo.InvariantCulture), i - 1));
            }
        }

        return (template with { Exits = [], Flags = [], Exposure = [] }, new CaseGraph(nodes, edges));
    }
}
