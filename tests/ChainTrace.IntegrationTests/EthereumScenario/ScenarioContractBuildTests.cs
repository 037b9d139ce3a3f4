using ChainTrace.Testing.Ethereum;

namespace ChainTrace.IntegrationTests.EthereumScenario;

/// <summary>
/// The committed scenario contract builds (contracts/scenario/build/contracts.json and the generator's
/// ScenarioContractCode.cs) are exactly what the pinned solc makes of contracts/scenario/*.sol.
/// </summary>
public sealed class ScenarioContractBuildTests
{
    [Fact]
    public async Task ScenarioContracts_RecompiledWithPinnedSolc_MatchCommittedBuilds()
    {
        await AnvilInstall.EnsureAsync();

        var output = await AnvilInstall.RunAsync(
            "node", [Path.Combine(AnvilInstall.RepositoryRoot, "contracts", "scenario", "compile.mjs"), "--check"], TimeSpan.FromMinutes(2));

        Assert.Contains("scenario contract builds match the sources", output, StringComparison.Ordinal);
    }
}
