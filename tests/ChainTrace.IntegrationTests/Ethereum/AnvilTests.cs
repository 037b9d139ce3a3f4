namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>Anvil tests run one class at a time (each starts its own node; the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class AnvilTests
{
    public const string Name = "Anvil";
}
