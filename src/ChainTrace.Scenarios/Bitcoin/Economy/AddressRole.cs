namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>What an address is for, as the answer key's <c>role</c> column names it (see <see cref="AnswerKeys.AddressRoles"/>).</summary>
internal enum AddressRole : byte
{
    Receive,
    Change,
    Deposit,
    HotWallet,
    CoordinatorFee,
    Mining,
    Ransom,
    Operator,
    Premix,
    Postmix,
    Genesis,
}
