using ChainTrace.Bitcoin;

namespace ChainTrace.Scenarios.Bitcoin.Keys;

/// <summary>
/// The scriptPubKeys of the generated address kinds, their exact sizes, and the address text each one stands for on a
/// network (computed here from the script, independently of the parser's classifier).
/// </summary>
internal static class ScriptTemplates
{
    /// <summary>The longest scriptPubKey of any kind (34 bytes, P2TR).</summary>
    public const int MaxScriptLength = 34;

    /// <summary>scriptPubKey length of <paramref name="kind"/>.</summary>
    public static int ScriptLength(AddressKind kind) => kind switch
    {
        AddressKind.P2pkh => 25,
        AddressKind.P2shP2wpkh => 23,
        AddressKind.P2wpkh => 22,
        AddressKind.P2tr => 34,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Writes the scriptPubKey of address <paramref name="index"/> of <paramref name="kind"/>; returns its length.</summary>
    public static int WriteScriptPubKey(KeyDerivation keys, AddressKind kind, long index, Span<byte> script)
    {
        Span<byte> publicKey = stackalloc byte[KeyDerivation.PublicKeyLength];
        keys.PublicKey(index, publicKey);
        switch (kind)
        {
            case AddressKind.P2pkh:
                script[0] = 0x76;
                script[1] = 0xa9;
                script[2] = 20;
                BitcoinHashes.Hash160(publicKey, script.Slice(3, 20));
                script[23] = 0x88;
                script[24] = 0xac;
                return 25;
            case AddressKind.P2shP2wpkh:
                Span<byte> redeem = stackalloc byte[22];
                WriteWitnessKeyHashProgram(publicKey, redeem);
                script[0] = 0xa9;
                script[1] = 20;
                BitcoinHashes.Hash160(redeem, script.Slice(2, 20));
                script[22] = 0x87;
                return 23;
            case AddressKind.P2wpkh:
                WriteWitnessKeyHashProgram(publicKey, script);
                return 22;
            case AddressKind.P2tr:
                script[0] = 0x51;
                script[1] = 32;
                publicKey[1..].CopyTo(script[2..]);
                return 34;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>Writes <c>OP_0 &lt;20-byte HASH160(publicKey)&gt;</c>: a P2WPKH script and the P2SH-P2WPKH redeem script.</summary>
    public static void WriteWitnessKeyHashProgram(ReadOnlySpan<byte> publicKey, Span<byte> destination)
    {
        destination[0] = 0x00;
        destination[1] = 20;
        BitcoinHashes.Hash160(publicKey, destination.Slice(2, 20));
    }

    /// <summary>The address a script of <paramref name="kind"/> pays, in <paramref name="network"/>'s encoding.</summary>
    public static string AddressOf(AddressKind kind, ReadOnlySpan<byte> script, BitcoinNetwork network)
    {
        Span<byte> payload = stackalloc byte[21];
        switch (kind)
        {
            case AddressKind.P2pkh:
                payload[0] = network.PubKeyHashVersion;
                script.Slice(3, 20).CopyTo(payload[1..]);
                return Base58.EncodeCheck(payload);
            case AddressKind.P2shP2wpkh:
                payload[0] = network.ScriptHashVersion;
                script.Slice(2, 20).CopyTo(payload[1..]);
                return Base58.EncodeCheck(payload);
            case AddressKind.P2wpkh:
                return SegwitAddress.Encode(network.Bech32Hrp, 0, script.Slice(2, 20));
            case AddressKind.P2tr:
                return SegwitAddress.Encode(network.Bech32Hrp, 1, script.Slice(2, 32));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
