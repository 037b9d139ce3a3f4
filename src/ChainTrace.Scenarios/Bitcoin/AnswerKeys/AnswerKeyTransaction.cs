namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>One row of <c>answer-key/transactions.csv</c>: why a transaction exists. Every transaction has one row.</summary>
/// <param name="Txid">The txid (display hex, as the dataset's <c>hash</c>).</param>
/// <param name="BlockNumber">Height of its block.</param>
/// <param name="Purpose">One of the <see cref="TransactionPurposes"/> values.</param>
/// <param name="EntityId">Who made it: the spender, the exchange, the coordinator of a CoinJoin round, the miner.</param>
/// <param name="RansomInput">Satoshis of tracked ransom money among its inputs.</param>
/// <param name="ChangeOutput">The output index of the spender's change, or null when it has none (or is a multi-owner round).</param>
/// <param name="FlowId">
/// Groups related transactions: <c>peel-N</c> for every hop of peeling chain N, <c>whirlpool-DENOM</c> for a pool's
/// TX0s and mixes, <c>wasabi-N</c> for round N; otherwise null.
/// </param>
public sealed record AnswerKeyTransaction(string Txid, long BlockNumber, string Purpose, string EntityId, long RansomInput, int? ChangeOutput, string? FlowId);
