using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Scenarios.Tests;

/// <summary>Same seed and options, same bytes; another seed, another chain.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task GenerateAsync_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        await Generate(first.Path, seed: 42);
        await Generate(second.Path, seed: 42);
        var a = ScenarioFiles.Digests(first.Path);
        var b = ScenarioFiles.Digests(second.Path);
        Assert.Contains("blocks/blk00000.dat", a.Keys);
        Assert.Contains("blocks/xor.dat", a.Keys);
        Assert.Contains("answer-key.json", a.Keys);
        Assert.Contains("answer-key/addresses.csv", a.Keys);
        Assert.Contains("answer-key/transactions.csv", a.Keys);
        Assert.Contains("tags/scenario.yaml", a.Keys);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task GenerateAsync_DifferentSeeds_WriteDifferentChains()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        await Generate(first.Path, seed: 42);
        await Generate(second.Path, seed: 43);
        var a = ScenarioFiles.Digests(first.Path);
        var b = ScenarioFiles.Digests(second.Path);
        Assert.NotEqual(a["blocks/blk00000.dat"], b["blocks/blk00000.dat"]);
        Assert.NotEqual(a["blocks/xor.dat"], b["blocks/xor.dat"]);
        Assert.NotEqual(a["answer-key/addresses.csv"], b["answer-key/addresses.csv"]);
        Assert.NotEqual(a["answer-key/transactions.csv"], b["answer-key/transactions.csv"]);
    }

    private static Task<BitcoinScenarioSummary> Generate(string directory, long seed) =>
        new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = directory,
            Seed = seed,
            Transactions = BitcoinScenarioOptions.MinTransactions,
            Obfuscate = true,
        }).GenerateAsync();
}
