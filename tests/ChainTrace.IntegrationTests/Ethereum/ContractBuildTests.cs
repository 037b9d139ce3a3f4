using ChainTrace.Testing.Ethereum;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>The committed contracts/build/contracts.json is exactly what the pinned solc makes of contracts/*.sol.</summary>
public sealed class ContractBuildTests
{
    [Fact]
    public async Task CompiledContracts_RecompiledWithPinnedSolc_MatchCommittedBuild()
    {
        await AnvilInstall.EnsureAsync();

        var output = await AnvilInstall.RunAsync("node", [Path.Combine(AnvilInstall.RepositoryRoot, "contracts", "compile.mjs"), "--check"], TimeSpan.FromMinutes(2));

        Assert.Contains("matches the sources", output, StringComparison.Ordinal);
        Assert.StartsWith("0x6080", CompiledContracts.Bytecode("TestToken"), StringComparison.Ordinal);
    }
}
