namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>Who truly owns an address in the scenario.</summary>
/// <param name="Address">Lowercase 0x address, as stored in the dataset.</param>
/// <param name="Owner">The owning entity's id, e.g. <c>victim-1</c>, <c>ransomware</c>, <c>exchange-a</c>.</param>
/// <param name="Type">One of <see cref="EthereumAddressTypes"/>.</param>
/// <param name="Customer">For an exchange deposit address: the entity the exchange issued it to; otherwise null.</param>
/// <param name="Role">A short human description, e.g. <c>ransom address (ETH) of victim-2</c>.</param>
public sealed record EthereumKeyAddress(string Address, string Owner, string Type, string? Customer, string Role);
