using System.Numerics;

namespace ChainTrace.Scenarios.Ethereum;

/// <summary>What a generated Ethereum scenario holds and where its files are.</summary>
/// <param name="AnswerKeyPath">Full path of <c>answer-key.json</c>.</param>
/// <param name="TagPackPath">Full path of the TagPack YAML.</param>
/// <param name="FirstBlock">First block the scenario mined.</param>
/// <param name="LastBlock">Last block the scenario mined.</param>
/// <param name="Transactions">Transactions sent.</param>
/// <param name="Addresses">Addresses in the answer key.</param>
/// <param name="RansomEthWei">Σ ETH ransom paid, wei.</param>
/// <param name="RansomTokenUnits">Σ stablecoin ransom paid, base units (10^-6 USD).</param>
/// <param name="TokenAddress">The stablecoin contract.</param>
/// <param name="MixerAddress">The mixer contract.</param>
public sealed record EthereumScenarioSummary(
    string AnswerKeyPath,
    string TagPackPath,
    long FirstBlock,
    long LastBlock,
    int Transactions,
    int Addresses,
    BigInteger RansomEthWei,
    BigInteger RansomTokenUnits,
    string TokenAddress,
    string MixerAddress);
