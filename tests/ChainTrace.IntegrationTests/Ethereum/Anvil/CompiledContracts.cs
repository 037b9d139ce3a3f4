using System.Text.Json;

namespace ChainTrace.Testing.Ethereum;

/// <summary>The committed build of contracts/*.sol (contracts/build/contracts.json): bytecode and method selectors.</summary>
public static class CompiledContracts
{
    private static readonly Lazy<JsonDocument> Build = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AnvilInstall.RepositoryRoot, "contracts", "build", "contracts.json"))));

    /// <summary>The creation bytecode of <paramref name="contract"/>, 0x hex.</summary>
    public static string Bytecode(string contract) =>
        Build.Value.RootElement.GetProperty("contracts").GetProperty(contract).GetProperty("bytecode").GetString()!;

    /// <summary>The 4-byte selector (8 hex digits, no 0x) of <paramref name="signature"/>, e.g. <c>transfer(address,uint256)</c>.</summary>
    public static string Selector(string contract, string signature) =>
        Build.Value.RootElement.GetProperty("contracts").GetProperty(contract).GetProperty("methods").GetProperty(signature).GetString()!;
}
