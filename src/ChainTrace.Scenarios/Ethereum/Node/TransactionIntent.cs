using System.Numerics;

namespace ChainTrace.Scenarios.Ethereum.Node;

/// <summary>A transaction the scenario wants sent, with its answer-key purpose.</summary>
/// <param name="From">Sender (a dev account or an impersonated address), lowercase 0x.</param>
/// <param name="To">Recipient, or null to create a contract.</param>
/// <param name="Value">ETH attached, wei.</param>
/// <param name="Data">0x call data or creation code, or null.</param>
/// <param name="Gas">Gas limit.</param>
/// <param name="TokenUnits">Stablecoin the call moves (for the key), or null.</param>
/// <param name="Purpose">The answer-key purpose.</param>
/// <param name="Note">The answer-key note.</param>
internal sealed record TransactionIntent(
    string From, string? To, BigInteger Value, string? Data, long Gas, BigInteger? TokenUnits, string Purpose, string Note);
