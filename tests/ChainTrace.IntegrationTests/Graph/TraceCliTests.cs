using System.Text.Json;
using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Graph;

/// <summary>The trace, path and exposure commands on the real blocks 0–599.</summary>
public sealed class TraceCliTests
{
    private const string Satoshi = "12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S";
    private const string Hal = "1Q2TWHE3GMdB6BZKafqwxXtWAWgFt5Jvm3";
    private const string HalTx = "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16";

    [SharedDataFact]
    public async Task Path_GenesisEraCoinsToHalFinney_IsTheBlock170Payment()
    {
        using var dir = new TempDirectory();
        var dataset = await Ingest(dir);

        var run = await CliRunner.RunAsync("path", dataset, "--from", Satoshi, "--to", Hal, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var hop = Assert.Single(Assert.Single(json.RootElement.GetProperty("paths").EnumerateArray().ToList()).EnumerateArray().ToList());
        Assert.Equal(HalTx, hop.GetProperty("transaction").GetString());
        Assert.Equal(170, hop.GetProperty("block").GetInt32());
        Assert.Equal(1_000_000_000, hop.GetProperty("amount").GetInt64());
        Assert.Equal(1231731025, hop.GetProperty("timestamp").GetInt64());
    }

    [SharedDataFact]
    public async Task Trace_FromTheBlock9Coinbase_ReachesHalWithTenBitcoinAndExplainsIt()
    {
        using var dir = new TempDirectory();
        var dataset = await Ingest(dir);
        const string Block9Coinbase = "0437cd7f8525ceed2324359c2d0ba26006d92d856a9c20fa0241106ee5a597c9:0";

        var run = await CliRunner.RunAsync("trace", dataset, "--seed", Block9Coinbase, "--policy", "haircut", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(5_000_000_000, root.GetProperty("assets")[0].GetProperty("seeded").GetInt64());
        var exits = root.GetProperty("exits").EnumerateArray().ToList();
        var hal = Assert.Single(exits, e => e.GetProperty("address").GetString() == Hal);
        Assert.Equal(1_000_000_000, hal.GetProperty("amount").GetInt64());
        Assert.Equal(1, hal.GetProperty("hop").GetInt32());
        var step = Assert.Single(hal.GetProperty("explanation").EnumerateArray().ToList());
        Assert.Equal(HalTx, step.GetProperty("transaction").GetString());
        Assert.Equal(Satoshi, step.GetProperty("from").GetString());
        var total = exits.Sum(e => e.GetProperty("amount").GetInt64()) + root.GetProperty("assets")[0].GetProperty("fees").GetInt64();
        Assert.Equal(5_000_000_000, total);
    }

    [SharedDataFact]
    public async Task Trace_UnknownSeed_ExitsWithOneSentence()
    {
        using var dir = new TempDirectory();
        var dataset = await Ingest(dir);

        var run = await CliRunner.RunAsync("trace", dataset, "--seed", "1NoSuchAddressXXXXXXXXXXXXXXXXXXXX");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("occurs in the dataset", run.Error + run.Output, StringComparison.Ordinal);
    }

    private static async Task<string> Ingest(TempDirectory dir)
    {
        var dataset = dir.Combine("ds");
        var run = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", SharedData.PathOf("bitcoin/blk"), "--out", dataset);
        Assert.Equal(0, run.ExitCode);
        return dataset;
    }
}
