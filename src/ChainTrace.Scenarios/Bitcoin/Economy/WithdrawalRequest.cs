namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>A customer's request to an exchange to pay out coins.</summary>
/// <param name="Recipient">Who takes delivery.</param>
/// <param name="Destination">The address to pay.</param>
/// <param name="Amount">Satoshis to pay (the exchange pays the fee).</param>
/// <param name="Height">Block in which the request was made.</param>
/// <param name="Priority">Served before ordinary requests (victims buying a ransom).</param>
internal sealed record WithdrawalRequest(ICoinReceiver Recipient, AddressRef Destination, long Amount, int Height, bool Priority);
