namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>
/// Ransom reaching one exchange deposit address of the operator: every wei and token unit the operator's
/// <see cref="EthereumTransactionPurposes.CashOut"/> transactions paid into it, all of it ransom by construction (the
/// operator's ETH layering addresses only ever hold ransom ETH; gas for stablecoin hops comes from a separate gas station
/// whose ETH is never forwarded).
/// </summary>
/// <param name="DepositAddress">The deposit address (owned by <paramref name="Exchange"/>).</param>
/// <param name="Exchange">The exchange's entity id.</param>
/// <param name="Customer">The customer it was issued to (the operator).</param>
/// <param name="EthWei">Ransom ETH received, decimal wei.</param>
/// <param name="TokenUnits">Ransom stablecoin received, decimal base units.</param>
/// <param name="TransactionHashes">The cash-out transactions into this address, in chain order.</param>
public sealed record EthereumCashOut(
    string DepositAddress, string Exchange, string Customer, string EthWei, string TokenUnits, IReadOnlyList<string> TransactionHashes);
