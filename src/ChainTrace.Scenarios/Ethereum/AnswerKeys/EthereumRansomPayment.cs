namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>One ransom payment by a victim.</summary>
/// <param name="Victim">The victim's entity id.</param>
/// <param name="Asset"><c>ETH</c> or the stablecoin's symbol.</param>
/// <param name="From">The victim's address.</param>
/// <param name="RansomAddress">The operator's receiving address.</param>
/// <param name="Amount">Wei for ETH, base units for the stablecoin; decimal.</param>
/// <param name="TransactionHash">The payment transaction.</param>
public sealed record EthereumRansomPayment(string Victim, string Asset, string From, string RansomAddress, string Amount, string TransactionHash);
