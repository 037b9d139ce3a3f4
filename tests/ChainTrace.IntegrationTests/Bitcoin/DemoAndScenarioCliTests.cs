using ChainTrace.IntegrationTests.Infrastructure;
using static ChainTrace.IntegrationTests.Bitcoin.DatasetAssertions;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>`chaintrace demo` and `chaintrace scenario bitcoin` end to end.</summary>
public sealed class DemoAndScenarioCliTests
{
    [Fact]
    public async Task Demo_SmallScenario_GeneratesIngestsAndResolvesEveryInput()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("demo", "--out", temp.Path, "--transactions", "3000");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1. generated", result.Output, StringComparison.Ordinal);
        Assert.Contains("(all resolved)", result.Output, StringComparison.Ordinal);
        var dataset = temp.Sub("dataset");
        Assert.Equal(0, Scalar(dataset, "SELECT count(*) FROM transactions WHERE fee IS NULL OR fee < 0"));
        Assert.True(File.Exists(Path.Combine(temp.Path, "scenario", "answer-key.json")));
    }

    [Fact]
    public async Task ScenarioThenIngest_ObfuscatedChain_IngestsLikeBitcoinCoresFolder()
    {
        using var temp = new TempDirectory();
        var scenario = temp.Sub("scenario");

        var generated = await CliRunner.RunAsync("scenario", "bitcoin", "--out", scenario, "--transactions", "1000", "--seed", "7", "--xor");
        var ingested = await CliRunner.RunAsync("ingest", "bitcoin", "--blocks-dir", Path.Combine(scenario, "blocks"), "--out", temp.Sub("ds"));

        Assert.True(generated.ExitCode == 0, generated.Error);
        Assert.True(File.Exists(Path.Combine(scenario, "blocks", "xor.dat")));
        Assert.True(ingested.ExitCode == 0, ingested.Error);
        Assert.Equal(0, Scalar(temp.Sub("ds"), "SELECT count(*) FROM inputs WHERE spent_transaction_hash IS NOT NULL AND value IS NULL"));
        Assert.True(Scalar(temp.Sub("ds"), "SELECT count(*) FROM transactions") >= 1000);
    }

    [Fact]
    public async Task Scenario_IntoAnExistingScenario_ExitsOneWithoutOverwriting()
    {
        using var temp = new TempDirectory();
        var scenario = temp.Sub("scenario");
        Assert.Equal(0, (await CliRunner.RunAsync("scenario", "bitcoin", "--out", scenario, "--transactions", "500")).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(scenario, "answer-key.json"));

        var again = await CliRunner.RunAsync("scenario", "bitcoin", "--out", scenario, "--transactions", "500", "--seed", "2");

        Assert.Equal(1, again.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(scenario, "answer-key.json")));
    }
}
