using System.Security.Cryptography;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Scripts;

/// <summary>
/// Classifies scriptPubKeys the way Bitcoin Core's <c>Solver</c> does and derives the address each one pays.
/// </summary>
/// <remarks>
/// Classification never allocates; the address string is the only allocation of <see cref="Classify"/>. Hostile
/// scripts (truncated pushes, huge declared lengths) classify as nonstandard and never throw.
/// </remarks>
public static class ScriptClassifier
{
    /// <summary>The longest scriptPubKey an address can stand for: witness version 16 with a 40-byte program (42 bytes).</summary>
    public const int MaxAddressScriptLength = 42;

    /// <summary>Returns the template <paramref name="script"/> matches, checking in Core's order.</summary>
    public static ScriptType GetScriptType(ReadOnlySpan<byte> script) => Identify(script, out _);

    /// <summary>Classifies <paramref name="script"/> and derives its address for <paramref name="network"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static ScriptClassification Classify(ReadOnlySpan<byte> script, BitcoinNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var type = Identify(script, out var witnessVersion);
        return new ScriptClassification(type, GetAddress(type, witnessVersion, script, network));
    }

    /// <summary>The dataset name of a template: one of the <see cref="ScriptTypeNames"/> constants.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string GetTypeName(ScriptType type) => type switch
    {
        ScriptType.NonStandard => ScriptTypeNames.NonStandard,
        ScriptType.PubKey => ScriptTypeNames.PubKey,
        ScriptType.PubKeyHash => ScriptTypeNames.PubKeyHash,
        ScriptType.ScriptHash => ScriptTypeNames.ScriptHash,
        ScriptType.Multisig => ScriptTypeNames.Multisig,
        ScriptType.NullData => ScriptTypeNames.NullData,
        ScriptType.WitnessV0KeyHash => ScriptTypeNames.WitnessV0KeyHash,
        ScriptType.WitnessV0ScriptHash => ScriptTypeNames.WitnessV0ScriptHash,
        ScriptType.WitnessV1Taproot => ScriptTypeNames.WitnessV1Taproot,
        ScriptType.WitnessUnknown => ScriptTypeNames.WitnessUnknown,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown script type."),
    };

    /// <summary>
    /// Identifies the template; for witness programs <paramref name="witnessVersion"/> is the version (0..16),
    /// otherwise -1.
    /// </summary>
    internal static ScriptType Identify(ReadOnlySpan<byte> script, out int witnessVersion)
    {
        witnessVersion = -1;
        var length = script.Length;

        if (length == 23 && script[0] == ScriptOps.OpHash160 && script[1] == 20 && script[22] == ScriptOps.OpEqual)
        {
            return ScriptType.ScriptHash;
        }

        if (length is >= 4 and <= 42 && script[1] + 2 == length && (script[0] == ScriptOps.Op0 || script[0] is >= ScriptOps.Op1 and <= ScriptOps.Op16))
        {
            var version = script[0] == ScriptOps.Op0 ? 0 : script[0] - ScriptOps.Op1 + 1;
            var programLength = length - 2;
            if (version == 0)
            {
                if (programLength == 20)
                {
                    witnessVersion = 0;
                    return ScriptType.WitnessV0KeyHash;
                }

                if (programLength == 32)
                {
                    witnessVersion = 0;
                    return ScriptType.WitnessV0ScriptHash;
                }

                return ScriptType.NonStandard;
            }

            witnessVersion = version;
            return version == 1 && programLength == 32 ? ScriptType.WitnessV1Taproot : ScriptType.WitnessUnknown;
        }

        if (length >= 1 && script[0] == ScriptOps.OpReturn)
        {
            return ScriptOps.IsPushOnly(script, 1) ? ScriptType.NullData : ScriptType.NonStandard;
        }

        if ((length == 35 || length == 67) && script[0] == length - 2 && script[^1] == ScriptOps.OpCheckSig
            && ScriptOps.IsValidPubKeySize(script[1..^1]))
        {
            return ScriptType.PubKey;
        }

        if (length == 25 && script[0] == ScriptOps.OpDup && script[1] == ScriptOps.OpHash160 && script[2] == 20
            && script[23] == ScriptOps.OpEqualVerify && script[24] == ScriptOps.OpCheckSig)
        {
            return ScriptType.PubKeyHash;
        }

        return IsMultisig(script) ? ScriptType.Multisig : ScriptType.NonStandard;
    }

    /// <summary>
    /// For the Base58Check templates (P2PKH, P2SH, P2PK) writes the 21-byte payload (version byte and 20-byte hash)
    /// into <paramref name="payload"/> and returns true.
    /// </summary>
    internal static bool TryGetBase58Payload(ScriptType type, ReadOnlySpan<byte> script, BitcoinNetwork network, Span<byte> payload)
    {
        switch (type)
        {
            case ScriptType.PubKeyHash:
                payload[0] = network.PubKeyHashVersion;
                script.Slice(3, 20).CopyTo(payload[1..]);
                return true;
            case ScriptType.ScriptHash:
                payload[0] = network.ScriptHashVersion;
                script.Slice(2, 20).CopyTo(payload[1..]);
                return true;
            case ScriptType.PubKey:
                payload[0] = network.PubKeyHashVersion;
                BitcoinHashes.Hash160(script[1..^1], payload[1..]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The address of a witness template (bech32 for v0, bech32m for v1+), or null for other templates.</summary>
    internal static string? GetWitnessAddress(ScriptType type, int witnessVersion, ReadOnlySpan<byte> script, BitcoinNetwork network) =>
        type is ScriptType.WitnessV0KeyHash or ScriptType.WitnessV0ScriptHash or ScriptType.WitnessV1Taproot or ScriptType.WitnessUnknown
            ? SegwitAddress.EncodeUnchecked(network.Bech32Hrp, witnessVersion, script[2..])
            : null;

    private static string? GetAddress(ScriptType type, int witnessVersion, ReadOnlySpan<byte> script, BitcoinNetwork network)
    {
        Span<byte> payload = stackalloc byte[21];
        if (TryGetBase58Payload(type, script, network, payload))
        {
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(payload, digest);
            SHA256.HashData(digest, digest);
            return Base58.EncodeWithChecksum(payload[0], payload[1..], digest);
        }

        return GetWitnessAddress(type, witnessVersion, script, network);
    }

    /// <summary>Core's <c>MatchMultisig</c>: m, then valid-size key pushes, then n = key count ≥ m, then OP_CHECKMULTISIG.</summary>
    private static bool IsMultisig(ReadOnlySpan<byte> script)
    {
        if (script.Length < 1 || script[^1] != ScriptOps.OpCheckMultiSig)
        {
            return false;
        }

        const int MaxKeys = 20;
        var position = 0;
        if (!ScriptOps.TryGetOp(script, ref position, out var opcode, out var data)
            || !ScriptOps.TryGetSmallCount(opcode, data, 1, MaxKeys, out var required))
        {
            return false;
        }

        var keys = 0;
        while (true)
        {
            var ok = ScriptOps.TryGetOp(script, ref position, out opcode, out data);
            if (!ok || !ScriptOps.IsValidPubKeySize(data))
            {
                break;
            }

            keys++;
        }

        return ScriptOps.TryGetSmallCount(opcode, data, required, MaxKeys, out var declared)
            && declared == keys
            && position + 1 == script.Length;
    }
}
