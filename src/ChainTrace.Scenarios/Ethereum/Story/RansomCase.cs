using System.Globalization;
using System.Numerics;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;
using ChainTrace.Scenarios.Ethereum.Node;
using P = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumTransactionPurposes;
using T = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumAddressTypes;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// The ransomware storyline, one method per block. ETH: each victim pays a fresh ransom address R; R splits into A
/// and B; every A merges into M; each B hops to C; M deposits whole denominations into the mixer and hops the rest to N;
/// the relayer withdraws the operator's notes to fresh W; C, N and W pay the operator's exchange deposit addresses.
/// Stablecoin: each victim pays a fresh token ransom address T; T splits into P and the shared Q; Q hops to Q2; P and Q2
/// pay the deposit addresses. Gas for stablecoin hops comes from the operator's gas station and is never forwarded,
/// so the ETH the operator's ETH addresses forward is ransom by construction.
/// </summary>
internal sealed class RansomCase(ScenarioWorld world, ScenarioExchange exchangeA, ScenarioExchange exchangeB, int victims)
{
    /// <summary>The operator's entity id.</summary>
    public const string Operator = "ransomware";

    private const string Symbol = "USDX";
    private static readonly BigInteger GasTopUp = 5 * BigInteger.Pow(10, 15);

    private readonly ScenarioRandom _random = new(world.Seed, "ransom");
    private readonly AddressBook _book = world.Book;
    private readonly List<Victim> _victims = [];
    private readonly List<(string Address, BigInteger Value)> _mergeInputs = [];
    private readonly List<(string Address, BigInteger Value)> _hopInputs = [];
    private readonly List<(string Address, BigInteger Value)> _chainC = [];
    private readonly List<(string T, BigInteger Units)> _tokenRansoms = [];
    private readonly List<(string P, BigInteger Units)> _tokenP = [];
    private readonly List<byte[]> _notes = [];
    private readonly List<string> _withdrawTo = [];
    private string _gasStation = string.Empty;
    private string _merge = string.Empty;
    private string _n = string.Empty;
    private BigInteger _nValue;
    private string _q = string.Empty;
    private string _q2 = string.Empty;

    /// <summary>The victims' payments, in chain order of sending.</summary>
    public List<EthereumRansomPayment> Payments { get; } = [];

    /// <summary>Ransom reaching each operator deposit address.</summary>
    public CashOutTally CashOuts { get; } = new();

    /// <summary>The operator's mixer notes (its deposits), to be withdrawn with the honest ones.</summary>
    public IReadOnlyList<byte[]> Notes => _notes;

    private string DepositA => exchangeA.DepositFor(Operator);

    private string DepositB => exchangeB.DepositFor(Operator);

    /// <summary>Creates the victims and the operator's fixed addresses; returns (address, ETH grant, USDX grant) per victim.</summary>
    public IReadOnlyList<(string Address, BigInteger Eth, BigInteger Token)> Cast()
    {
        for (var i = 0; i < victims; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"victim-{i + 1}");
            var wallet = _book.Fresh(id, T.Victim, $"wallet of {id}");
            var paysEth = i % 3 != 2;
            var paysToken = i % 3 != 1;
            var eth = paysEth ? _random.Next(20_000, 50_000) * BigInteger.Pow(10, 14) : BigInteger.Zero;
            var token = paysToken ? _random.Next(200_000, 4_000_000) * BigInteger.Pow(10, 4) : BigInteger.Zero;
            _victims.Add(new Victim(id, wallet, eth, token));
        }

        _gasStation = _book.Fresh(Operator, T.Ransomware, "gas station (pays gas of stablecoin hops)");
        CashOuts.Open(DepositA, exchangeA.Id, Operator);
        CashOuts.Open(DepositB, exchangeB.Id, Operator);
        return [.. _victims.Select(v => (v.Wallet, v.Eth + (Ether / 2), v.Token + (250 * ScenarioWorld.Dollar)))];
    }

    /// <summary>Block 3: the ransom payments; an exchange withdrawal funds the gas station.</summary>
    public async Task PayRansomAsync(CancellationToken ct)
    {
        foreach (var victim in _victims)
        {
            if (victim.Eth > 0)
            {
                var r = _book.Fresh(Operator, T.Ransomware, $"ransom address (ETH) of {victim.Id}");
                var hash = await world.SendEthAsync(victim.Wallet, r, victim.Eth, P.RansomPayment, $"{victim.Id} pays the ransom in ETH", ct).ConfigureAwait(false);
                Payments.Add(new EthereumRansomPayment(victim.Id, "ETH", victim.Wallet, r, Text(victim.Eth), hash));
                _mergeInputs.Add((r, victim.Eth));
            }

            if (victim.Token > 0)
            {
                var t = _book.Fresh(Operator, T.Ransomware, $"ransom address ({Symbol}) of {victim.Id}");
                var hash = await world.SendTokenAsync(victim.Wallet, t, victim.Token, P.RansomPayment, $"{victim.Id} pays the ransom in {Symbol}", ct).ConfigureAwait(false);
                Payments.Add(new EthereumRansomPayment(victim.Id, Symbol, victim.Wallet, t, Text(victim.Token), hash));
                _tokenRansoms.Add((t, victim.Token));
            }
        }

        await world.SendEthAsync(exchangeB.HotWallet, _gasStation, Ether / 2, P.Ordinary, $"{exchangeB.Id} pays out ETH to the operator's gas station", ct).ConfigureAwait(false);
    }

    /// <summary>Block 4: each ETH ransom address splits into A (55–80 %) and B (the rest less gas); gas top-ups for the stablecoin hops.</summary>
    public async Task SplitAsync(CancellationToken ct)
    {
        var fromR = _mergeInputs.ToArray();
        _mergeInputs.Clear();
        foreach (var (r, value) in fromR)
        {
            var a = _book.Fresh(Operator, T.Ransomware, "layering: split part to merge");
            var b = _book.Fresh(Operator, T.Ransomware, "layering: split part to hop");
            var toA = value * _random.Next(55, 81) / 100;
            var toB = value - toA - (2 * ScenarioNode.TransferCost);
            await world.SendEthAsync(r, a, toA, P.Layering, "operator splits a ransom (ETH)", ct).ConfigureAwait(false);
            await world.SendEthAsync(r, b, toB, P.Layering, "operator splits a ransom (ETH)", ct).ConfigureAwait(false);
            _mergeInputs.Add((a, toA));
            _hopInputs.Add((b, toB));
        }

        _q = _book.Fresh(Operator, T.Ransomware, $"layering: {Symbol} merge address");
        _q2 = _book.Fresh(Operator, T.Ransomware, $"layering: {Symbol} hop");
        var needGas = _tokenRansoms.Select(t => t.T).Append(_q).Append(_q2).ToList();
        foreach (var (t, units) in _tokenRansoms)
        {
            var p = _book.Fresh(Operator, T.Ransomware, $"layering: {Symbol} split part");
            _tokenP.Add((p, units * _random.Next(35, 66) / 100));
            needGas.Add(p);
        }

        foreach (var address in needGas)
        {
            await world.SendEthAsync(_gasStation, address, GasTopUp, P.Funding, "operator's gas station pays for a stablecoin hop", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Block 5: every A merges into M, each B hops to a fresh C; each T splits into its P and the shared Q.</summary>
    public async Task MergeAsync(CancellationToken ct)
    {
        _merge = _book.Fresh(Operator, T.Ransomware, "layering: merge address (feeds the mixer)");
        foreach (var (a, value) in _mergeInputs)
        {
            await world.SendEthAsync(a, _merge, value - ScenarioNode.TransferCost, P.Layering, "operator merges ransom (ETH)", ct).ConfigureAwait(false);
        }

        foreach (var (b, value) in _hopInputs)
        {
            var c = _book.Fresh(Operator, T.Ransomware, "layering: hop");
            await world.SendEthAsync(b, c, value - ScenarioNode.TransferCost, P.Layering, "operator moves ransom to a fresh address (ETH)", ct).ConfigureAwait(false);
            _chainC.Add((c, value - ScenarioNode.TransferCost));
        }

        for (var i = 0; i < _tokenRansoms.Count; i++)
        {
            var (t, units) = _tokenRansoms[i];
            var (p, part) = _tokenP[i];
            await world.SendTokenAsync(t, p, part, P.Layering, $"operator splits a ransom ({Symbol})", ct).ConfigureAwait(false);
            await world.SendTokenAsync(t, _q, units - part, P.Layering, $"operator merges ransom ({Symbol})", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Block 6: M deposits whole denominations into the mixer; each C cashes out; each P cashes out; Q hops to Q2.</summary>
    public async Task MixAndCashOutAsync(CancellationToken ct)
    {
        var balance = await world.Node.BalanceAsync(_merge, ct).ConfigureAwait(false);
        var perDeposit = ScenarioWorld.Denomination + (ScenarioWorld.MixerGas * ScenarioNode.GasPrice);
        var deposits = (int)BigInteger.Min(3, (balance - (Ether / 100)) / perDeposit);
        for (var i = 0; i < deposits; i++)
        {
            _notes.Add(await world.DepositAsync(_merge, "operator deposits ransom into the mixer", ct).ConfigureAwait(false));
        }

        foreach (var (c, value) in _chainC)
        {
            var deposit = _random.Chance(50) ? DepositA : DepositB;
            await CashOutEthAsync(c, deposit, value - ScenarioNode.TransferCost, ct).ConfigureAwait(false);
        }

        foreach (var (p, part) in _tokenP)
        {
            var hash = await world.SendTokenAsync(p, DepositA, part, P.CashOut, $"operator cashes out {Symbol} at {exchangeA.Id}", ct).ConfigureAwait(false);
            CashOuts.Add(DepositA, hash, BigInteger.Zero, part);
        }

        await world.SendTokenAsync(_q, _q2, world.TokenBalance(_q), P.Layering, $"operator moves ransom to a fresh address ({Symbol})", ct).ConfigureAwait(false);
    }

    /// <summary>Block 7: M sends what is left to a fresh N; Q2 cashes out.</summary>
    public async Task DrainMergeAsync(CancellationToken ct)
    {
        var balance = await world.Node.BalanceAsync(_merge, ct).ConfigureAwait(false);
        _n = _book.Fresh(Operator, T.Ransomware, "layering: remainder beside the mixer");
        _nValue = balance - ScenarioNode.TransferCost;
        await world.SendEthAsync(_merge, _n, _nValue, P.Layering, "operator moves the remainder to a fresh address (ETH)", ct).ConfigureAwait(false);
        var units = world.TokenBalance(_q2);
        var hash = await world.SendTokenAsync(_q2, DepositB, units, P.CashOut, $"operator cashes out {Symbol} at {exchangeB.Id}", ct).ConfigureAwait(false);
        CashOuts.Add(DepositB, hash, BigInteger.Zero, units);
    }

    /// <summary>Block 8 (with the relayer's withdrawals): fresh withdrawal addresses for the notes; N cashes out.</summary>
    public async Task<IReadOnlyList<(byte[] Note, string Recipient)>> PrepareWithdrawalsAndCashOutAsync(CancellationToken ct)
    {
        await CashOutEthAsync(_n, DepositA, _nValue - ScenarioNode.TransferCost, ct).ConfigureAwait(false);
        var list = new List<(byte[], string)>();
        foreach (var note in _notes)
        {
            var w = _book.Fresh(Operator, T.Ransomware, "mixer withdrawal address");
            _withdrawTo.Add(w);
            list.Add((note, w));
        }

        return list;
    }

    /// <summary>Block 9: each withdrawal address cashes out at exchange B.</summary>
    public async Task CashOutWithdrawalsAsync(CancellationToken ct)
    {
        foreach (var w in _withdrawTo)
        {
            await CashOutEthAsync(w, DepositB, ScenarioWorld.Denomination - ScenarioWorld.RelayerFee - ScenarioNode.TransferCost, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Σ ETH and Σ stablecoin paid as ransom.</summary>
    public (BigInteger Eth, BigInteger Token) Totals() =>
        (_victims.Aggregate(BigInteger.Zero, (s, v) => s + v.Eth), _victims.Aggregate(BigInteger.Zero, (s, v) => s + v.Token));

    private static BigInteger Ether => ScenarioWorld.Ether;

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task CashOutEthAsync(string from, string deposit, BigInteger value, CancellationToken ct)
    {
        var exchange = deposit == DepositA ? exchangeA.Id : exchangeB.Id;
        var hash = await world.SendEthAsync(from, deposit, value, P.CashOut, $"operator cashes out ETH at {exchange}", ct).ConfigureAwait(false);
        CashOuts.Add(deposit, hash, value, BigInteger.Zero);
    }

    private sealed record Victim(string Id, string Wallet, BigInteger Eth, BigInteger Token);
}
