using ChainTrace.Scenarios.Ethereum.AnswerKeys;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// The true owner of every scenario address. Fresh addresses are 20 bytes of the seed's <c>addresses</c> stream: no key
/// exists for them; the node sends for them by impersonation.
/// </summary>
internal sealed class AddressBook(ScenarioRandom random)
{
    private readonly Dictionary<string, EthereumKeyAddress> _addresses = new(StringComparer.Ordinal);

    /// <summary>A new address owned by <paramref name="owner"/>.</summary>
    public string Fresh(string owner, string type, string role, string? customer = null)
    {
        var address = "0x" + Convert.ToHexStringLower(random.NextBytes32().AsSpan(12, 20));
        Register(address, owner, type, role, customer);
        return address;
    }

    /// <summary>Records the owner of an existing address (the faucet, a deployed contract).</summary>
    /// <exception cref="InvalidOperationException">The address already has an owner.</exception>
    public void Register(string address, string owner, string type, string role, string? customer = null)
    {
        if (!_addresses.TryAdd(address, new EthereumKeyAddress(address, owner, type, customer, role)))
        {
            throw new InvalidOperationException($"Address {address} was assigned twice.");
        }
    }

    /// <summary>The owner record of <paramref name="address"/>, or null.</summary>
    public EthereumKeyAddress? Find(string address) => _addresses.GetValueOrDefault(address);

    /// <summary>Every address, sorted.</summary>
    public IReadOnlyList<EthereumKeyAddress> Sorted() => [.. _addresses.Values.OrderBy(a => a.Address, StringComparer.Ordinal)];
}
