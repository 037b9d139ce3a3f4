namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>A contract the scenario deployed.</summary>
/// <param name="Address">Lowercase 0x address.</param>
/// <param name="Name">Contract name (<c>ScenarioStablecoin</c>, <c>FixedMixer</c>).</param>
/// <param name="Symbol">Token symbol, or null for the mixer.</param>
/// <param name="Decimals">Token decimals, or null for the mixer.</param>
/// <param name="DenominationWei">Mixer deposit size in wei (decimal), or null for the token.</param>
/// <param name="RelayerFeeWei">The relayer fee kept from each mixer withdrawal in wei (decimal), or null for the token.</param>
public sealed record EthereumScenarioContract(string Address, string Name, string? Symbol, int? Decimals, string? DenominationWei, string? RelayerFeeWei);
