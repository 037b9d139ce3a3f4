using ChainTrace.IntegrationTests.Ethereum;
using ChainTrace.Scenarios.Ethereum;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.EthereumScenario;

/// <summary>The same seed on a second fresh Anvil gives the same answer key, byte for byte (addresses, amounts, transaction hashes).</summary>
[Collection(AnvilTests.Name)]
public sealed class EthereumScenarioDeterminismTests(EthereumScenarioFixture fixture) : IClassFixture<EthereumScenarioFixture>
{
    [Fact]
    public async Task Generate_SameSeedOnFreshNode_GivesIdenticalAnswerKey()
    {
        await using var second = new AnvilNodeScope();
        await second.Node.InitializeAsync();
        using var folder = new TempDirectory();

        var summary = await new EthereumScenarioGenerator(EthereumScenarioFixture.Options(second.Node.Url, folder.Path)).GenerateAsync();

        Assert.Equal(fixture.KeyJson, await File.ReadAllTextAsync(summary.AnswerKeyPath));
        Assert.Equal(fixture.Summary with { AnswerKeyPath = summary.AnswerKeyPath, TagPackPath = summary.TagPackPath }, summary);
    }

    [Fact]
    public void Generate_TagPack_LabelsOnlyHotWalletsAndMixer()
    {
        var yaml = File.ReadAllText(fixture.Summary.TagPackPath);
        var tagged = fixture.Key.Addresses.Where(a => yaml.Contains(a.Address, StringComparison.Ordinal)).Select(a => a.Type).Order().ToList();

        Assert.Equal(["exchange_hot_wallet", "exchange_hot_wallet", "mixer_contract"], tagged);
        Assert.Contains("category: mixer", yaml, StringComparison.Ordinal);
    }

    /// <summary>Disposes an <see cref="AnvilNode"/> started inside a test.</summary>
    private sealed class AnvilNodeScope : IAsyncDisposable
    {
        public AnvilNode Node { get; } = new();

        public async ValueTask DisposeAsync() => await Node.DisposeAsync();
    }
}
