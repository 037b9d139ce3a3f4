using System.Globalization;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>How one user's wallet behaves: the fingerprints that change and clustering heuristics key on.</summary>
/// <param name="ReceiveKind">Address type of receiving addresses.</param>
/// <param name="ChangeKind">Address type of change (the same as <paramref name="ReceiveKind"/> or not).</param>
/// <param name="ReuseAddresses">True: one address receives everything and takes the change back.</param>
/// <param name="FeeRate">Fee rate in sat/vB.</param>
/// <param name="RoundAmounts">True: payments are round numbers (two significant digits).</param>
/// <param name="ChangeLast">True: change is always the last output; otherwise its position is random.</param>
/// <param name="Version">Transaction version (1 or 2).</param>
/// <param name="Sequence">Input nSequence (RBF 0xfffffffd, 0xfffffffe, or final 0xffffffff).</param>
/// <param name="AntiFeeSniping">True: nLockTime is the previous block height, as Bitcoin Core sets it.</param>
internal sealed record WalletPolicy(
    AddressKind ReceiveKind,
    AddressKind ChangeKind,
    bool ReuseAddresses,
    int FeeRate,
    bool RoundAmounts,
    bool ChangeLast,
    int Version,
    uint Sequence,
    bool AntiFeeSniping)
{
    /// <summary>Draws a policy: mostly native segwit, a quarter legacy or nested, a fifth taproot; a quarter reuse addresses.</summary>
    public static WalletPolicy Draw(ScenarioRandom random)
    {
        var receive = (AddressKind)random.Pick([0.15, 0.2, 0.45, 0.2]);
        var change = random.Chance(0.7) ? receive : (AddressKind)random.Pick([0.05, 0.1, 0.5, 0.35]);
        var reuse = random.Chance(0.25);
        var feeRate = random.Pick([0.4, 0.45, 0.15]) switch
        {
            0 => random.Next(1, 4),
            1 => random.Next(5, 16),
            _ => random.Next(20, 61),
        };
        var core = random.Chance(0.6);
        return new WalletPolicy(
            receive,
            change,
            reuse,
            feeRate,
            random.Chance(0.5),
            !core && random.Chance(0.7),
            core || random.Chance(0.5) ? 2 : 1,
            core ? 0xfffffffd : random.Chance(0.5) ? 0xffffffff : 0xfffffffe,
            core);
    }

    /// <summary>The policy as answer-key attributes.</summary>
    public IReadOnlyDictionary<string, string> ToAttributes() => new Dictionary<string, string>
    {
        ["receive_type"] = KindName(ReceiveKind),
        ["change_type"] = KindName(ChangeKind),
        ["address_reuse"] = ReuseAddresses ? "true" : "false",
        ["fee_rate_sat_per_vb"] = FeeRate.ToString(CultureInfo.InvariantCulture),
        ["round_amounts"] = RoundAmounts ? "true" : "false",
        ["change_position"] = ChangeLast ? "last" : "random",
        ["tx_version"] = Version.ToString(CultureInfo.InvariantCulture),
        ["sequence"] = Sequence.ToString("x8", CultureInfo.InvariantCulture),
        ["anti_fee_sniping"] = AntiFeeSniping ? "true" : "false",
    };

    /// <summary>The nLockTime for a transaction in block <paramref name="height"/>.</summary>
    public uint LockTime(int height) => AntiFeeSniping ? (uint)(height - 1) : 0;

    /// <summary>The dataset type name of an address kind.</summary>
    public static string KindName(AddressKind kind) => kind switch
    {
        AddressKind.P2pkh => "pubkeyhash",
        AddressKind.P2shP2wpkh => "scripthash",
        AddressKind.P2wpkh => "witness_v0_keyhash",
        _ => "witness_v1_taproot",
    };
}
