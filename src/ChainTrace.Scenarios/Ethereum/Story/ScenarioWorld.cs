using System.Numerics;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;
using ChainTrace.Scenarios.Ethereum.Contracts;
using ChainTrace.Scenarios.Ethereum.Node;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// The scenario's shared state and actions: the node, the address book, the stablecoin ledger (exact: every token
/// transfer goes through here), a conservative ETH budget for everyday senders, and the contracts.
/// </summary>
internal sealed class ScenarioWorld(ScenarioNode node, AddressBook book, long seed)
{
    /// <summary>1 ETH in wei.</summary>
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    /// <summary>1 USDX in base units.</summary>
    public static readonly BigInteger Dollar = 1_000_000;

    /// <summary>The mixer's deposit size: 1 ETH.</summary>
    public static readonly BigInteger Denomination = Ether;

    /// <summary>The relayer's fee per withdrawal: 0.003 ETH.</summary>
    public static readonly BigInteger RelayerFee = 3 * BigInteger.Pow(10, 15);

    /// <summary>Gas limit of a stablecoin call.</summary>
    public const long TokenGas = 80_000;

    /// <summary>Gas limit of a mixer call.</summary>
    public const long MixerGas = 120_000;

    private readonly Dictionary<string, BigInteger> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BigInteger> _eth = new(StringComparer.Ordinal);
    private readonly List<(string Address, BigInteger Eth, BigInteger Token)> _credits = [];
    private readonly ScenarioRandom _notes = new(seed, "notes");

    /// <summary>The node driver.</summary>
    public ScenarioNode Node { get; } = node;

    /// <summary>The owners.</summary>
    public AddressBook Book { get; } = book;

    /// <summary>The seed.</summary>
    public long Seed { get; } = seed;

    /// <summary>The stablecoin contract.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The mixer contract.</summary>
    public string Mixer { get; set; } = string.Empty;

    /// <summary>Stablecoin balance of <paramref name="address"/> after the pending block (base units).</summary>
    public BigInteger TokenBalance(string address) => _tokens.GetValueOrDefault(address);

    /// <summary>ETH an everyday sender may still spend on value and gas (wei, credits counted once mined).</summary>
    public BigInteger EthBudget(string address) => _eth.GetValueOrDefault(address);

    /// <summary>Sends plain ETH.</summary>
    public async Task<string> SendEthAsync(string from, string to, BigInteger value, string purpose, string note, CancellationToken cancellationToken)
    {
        var hash = await Node.SendAsync(new TransactionIntent(from, to, value, null, ScenarioNode.TransferGas, null, purpose, note), cancellationToken).ConfigureAwait(false);
        _eth[from] = EthBudget(from) - value - ScenarioNode.TransferCost;
        _credits.Add((to, value, BigInteger.Zero));
        return hash;
    }

    /// <summary>Sends stablecoin with <c>transfer</c>.</summary>
    /// <exception cref="InvalidOperationException">The ledger says <paramref name="from"/> does not hold <paramref name="units"/>.</exception>
    public async Task<string> SendTokenAsync(string from, string to, BigInteger units, string purpose, string note, CancellationToken cancellationToken)
    {
        if (TokenBalance(from) < units)
        {
            throw new InvalidOperationException($"{from} holds {TokenBalance(from)} USDX units, not {units} ({note}).");
        }

        var data = Abi.Call(ScenarioContractCode.ScenarioStablecoinTransfer, Abi.Word(to), Abi.Word(units));
        var hash = await Node.SendAsync(new TransactionIntent(from, Token, BigInteger.Zero, data, TokenGas, units, purpose, note), cancellationToken).ConfigureAwait(false);
        _tokens[from] = TokenBalance(from) - units;
        _eth[from] = EthBudget(from) - (TokenGas * ScenarioNode.GasPrice);
        _credits.Add((to, BigInteger.Zero, units));
        return hash;
    }

    /// <summary>The issuer (faucet) mints stablecoin to <paramref name="to"/>.</summary>
    public async Task<string> MintAsync(string to, BigInteger units, string note, CancellationToken cancellationToken)
    {
        var data = Abi.Call(ScenarioContractCode.ScenarioStablecoinMint, Abi.Word(to), Abi.Word(units));
        var hash = await Node.SendAsync(
            new TransactionIntent(Node.Faucet, Token, BigInteger.Zero, data, TokenGas, units, EthereumTransactionPurposes.Funding, note), cancellationToken).ConfigureAwait(false);
        _credits.Add((to, BigInteger.Zero, units));
        return hash;
    }

    /// <summary>Deposits one denomination into the mixer; returns the note that withdraws it.</summary>
    public async Task<byte[]> DepositAsync(string from, string note, CancellationToken cancellationToken)
    {
        var secret = _notes.NextBytes32();
        var data = Abi.Call(ScenarioContractCode.FixedMixerDeposit, Abi.Word(Keccak.Hash(secret)));
        await Node.SendAsync(
            new TransactionIntent(from, Mixer, Denomination, data, MixerGas, null, EthereumTransactionPurposes.MixerDeposit, note), cancellationToken).ConfigureAwait(false);
        _eth[from] = EthBudget(from) - Denomination - (MixerGas * ScenarioNode.GasPrice);
        return secret;
    }

    /// <summary>The relayer withdraws the deposit of <paramref name="secret"/> to <paramref name="recipient"/> (denomination minus the fee).</summary>
    public async Task<string> WithdrawAsync(string relayer, byte[] secret, string recipient, string note, CancellationToken cancellationToken)
    {
        var data = Abi.Call(ScenarioContractCode.FixedMixerWithdraw, Abi.Word(secret), Abi.Word(recipient), Abi.Word(RelayerFee));
        var hash = await Node.SendAsync(
            new TransactionIntent(relayer, Mixer, BigInteger.Zero, data, MixerGas, null, EthereumTransactionPurposes.MixerWithdrawal, note), cancellationToken).ConfigureAwait(false);
        _credits.Add((recipient, Denomination - RelayerFee, BigInteger.Zero));
        return hash;
    }

    /// <summary>Mines the pending block and books its credits.</summary>
    public async Task<IReadOnlyList<MinedTransaction>> MineAsync(CancellationToken cancellationToken)
    {
        var block = await Node.MineAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (address, eth, token) in _credits)
        {
            _eth[address] = EthBudget(address) + eth;
            _tokens[address] = TokenBalance(address) + token;
        }

        _credits.Clear();
        return block;
    }
}
