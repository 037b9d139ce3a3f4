namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>A victim's ransom payment.</summary>
/// <param name="Txid">The paying transaction (display hex).</param>
/// <param name="BlockNumber">Height of its block.</param>
/// <param name="VictimEntityId">The paying victim.</param>
/// <param name="Address">The victim's ransom address (owned by the operator).</param>
/// <param name="Value">Satoshis paid to <paramref name="Address"/>: the ransom money this payment creates.</param>
public sealed record RansomPayment(string Txid, long BlockNumber, string VictimEntityId, string Address, long Value);
