namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>Ransom money the operator paid to someone other than an exchange (the peels of a peeling chain).</summary>
/// <param name="Txid">The paying transaction (display hex).</param>
/// <param name="BlockNumber">Height of its block.</param>
/// <param name="RecipientEntityId">Who received it.</param>
/// <param name="Address">The address paid.</param>
/// <param name="Value">Satoshis paid, all of them ransom money.</param>
public sealed record RansomOutflow(string Txid, long BlockNumber, string RecipientEntityId, string Address, long Value);
