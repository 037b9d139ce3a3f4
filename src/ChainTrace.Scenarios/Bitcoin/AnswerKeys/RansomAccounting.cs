namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>
/// Where all ransom money went, in satoshis. Always <c>Paid = CashedOut + PaidToOthers + MinerFees + CoordinatorFees +
/// Held</c>.
/// </summary>
/// <param name="Paid">Total the victims paid to ransom addresses.</param>
/// <param name="CashedOut">Total deposited at exchanges (the sum of <see cref="CashOut.RansomValue"/>).</param>
/// <param name="PaidToOthers">Total of <see cref="RansomOutflow"/> payments.</param>
/// <param name="MinerFees">Transaction fees paid out of ransom money (the operator's share in CoinJoins).</param>
/// <param name="CoordinatorFees">CoinJoin coordinator fees paid out of ransom money.</param>
/// <param name="Held">Ransom money the operator still holds at the chain's tip.</param>
public sealed record RansomAccounting(long Paid, long CashedOut, long PaidToOthers, long MinerFees, long CoordinatorFees, long Held);
