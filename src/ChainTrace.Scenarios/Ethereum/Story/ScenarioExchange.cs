namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>An exchange: its hot wallet and one deposit address per customer.</summary>
internal sealed class ScenarioExchange(string id, string hotWallet, AddressBook book)
{
    private readonly Dictionary<string, string> _deposits = new(StringComparer.Ordinal);

    /// <summary>Entity id, e.g. <c>exchange-a</c>.</summary>
    public string Id { get; } = id;

    /// <summary>The hot wallet.</summary>
    public string HotWallet { get; } = hotWallet;

    /// <summary>Every deposit address issued, in issue order.</summary>
    public IEnumerable<string> DepositAddresses => _deposits.Values;

    /// <summary>The deposit address of <paramref name="customer"/>, issued on first use.</summary>
    public string DepositFor(string customer)
    {
        if (!_deposits.TryGetValue(customer, out var address))
        {
            address = book.Fresh(Id, AnswerKeys.EthereumAddressTypes.ExchangeDeposit, $"deposit address of {customer} at {Id}", customer);
            _deposits[customer] = address;
        }

        return address;
    }
}
