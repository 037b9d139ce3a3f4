using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>An ordinary user: a wallet with a behaviour policy, deposit addresses at exchanges, CoinJoin habits.</summary>
internal sealed class User : ICoinReceiver, IMixer
{
    private readonly AddressRef?[] _deposits;
    private AddressRef? _reused;

    /// <summary>Creates the user.</summary>
    public User(int entity, WalletPolicy policy, int homeExchange, int exchanges)
    {
        Entity = entity;
        Policy = policy;
        HomeExchange = homeExchange;
        _deposits = new AddressRef?[exchanges];
    }

    /// <inheritdoc />
    public int Entity { get; }

    /// <summary>The wallet's behaviour.</summary>
    public WalletPolicy Policy { get; }

    /// <summary>The exchange the user trades at most.</summary>
    public int HomeExchange { get; }

    /// <summary>The user's coins.</summary>
    public Wallet Wallet { get; } = new();

    /// <summary>An address to be paid at: fresh, or the one reused address.</summary>
    public AddressRef ReceiveAddress(AddressBook addresses) =>
        Policy.ReuseAddresses
            ? _reused ??= addresses.Allocate(Policy.ReceiveKind, Entity, AddressRole.Receive)
            : addresses.Allocate(Policy.ReceiveKind, Entity, AddressRole.Receive);

    /// <summary>An address for change: fresh of the change type, or the one reused address.</summary>
    public AddressRef ChangeAddress(AddressBook addresses) =>
        Policy.ReuseAddresses
            ? _reused ??= addresses.Allocate(Policy.ReceiveKind, Entity, AddressRole.Receive)
            : addresses.Allocate(Policy.ChangeKind, Entity, AddressRole.Change);

    /// <summary>The user's deposit address at <paramref name="exchange"/> (issued on first use, then reused).</summary>
    public AddressRef DepositAddress(Exchange exchange, AddressBook addresses) =>
        _deposits[exchange.Number] ??= exchange.IssueDepositAddress(addresses, Entity);

    /// <inheritdoc />
    public void Receive(in Coin coin) => Wallet.Add(coin);

    /// <inheritdoc />
    /// <remarks>CoinJoin change follows the wallet's change policy (a reusing wallet reuses); mixed outputs are fresh P2WPKH.</remarks>
    public AddressRef NewMixAddress(AddressBook addresses, AddressRole role) =>
        role == AddressRole.Change ? ChangeAddress(addresses) : addresses.Allocate(AddressKind.P2wpkh, Entity, role);

    /// <inheritdoc />
    public bool WantsRemix(ScenarioRandom random) => random.Chance(0.45);

    /// <inheritdoc />
    public void Keep(in Coin coin, string route) => Wallet.Add(coin);
}
