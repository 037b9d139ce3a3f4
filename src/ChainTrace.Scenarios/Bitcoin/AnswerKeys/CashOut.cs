namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>
/// A cash-out: an operator transaction paying one exchange deposit address, and how much ransom money it deposited.
/// </summary>
/// <param name="Txid">The cash-out transaction (display hex).</param>
/// <param name="BlockNumber">Height of its block.</param>
/// <param name="ExchangeEntityId">The exchange that owns the deposit address.</param>
/// <param name="DepositAddress">The deposit address (issued to the operator's account).</param>
/// <param name="Value">Satoshis paid to the deposit address.</param>
/// <param name="RansomValue">
/// Satoshis of ransom money in that deposit, by exact tracking of the generator's coin provenance (see
/// <see cref="BitcoinAnswerKey.Rules"/>). With the generated operator, who has no other income, this equals
/// <paramref name="Value"/>.
/// </param>
/// <param name="Route">
/// How the money got here: <c>peel</c> (a peeling-chain hop or its end), <c>whirlpool</c> (a postmix output),
/// <c>whirlpool_change</c> (a TX0's unmixed change), <c>whirlpool_premix</c> (a premix coin that never mixed),
/// <c>wasabi</c> (an output of a Wasabi-style round).
/// </param>
public sealed record CashOut(string Txid, long BlockNumber, string ExchangeEntityId, string DepositAddress, long Value, long RansomValue, string Route);
