using ChainTrace.Scenarios.Bitcoin.Economy;
using ChainTrace.Scenarios.Bitcoin.Serialization;

namespace ChainTrace.Scenarios.Bitcoin.Keys;

/// <summary>
/// The scriptSig and witness that spend each address kind, with placeholder signatures: a strict-DER ECDSA encoding
/// (<c>30 44 02 20 r 02 20 s</c>, 32-byte r and s, positive, low-S range, SIGHASH_ALL appended: 71 bytes, the size
/// Core's low-R signer produces) or a 64-byte BIP340 signature, filled with seeded random bytes.
/// </summary>
/// <remarks>
/// The signatures are well-formed but verify against nothing (the keys are not curve points, see
/// <see cref="KeyDerivation"/>): deserialization, txids, merkle roots, value conservation and spend validity of the
/// generated chain hold; script validation is not claimed.
/// </remarks>
internal static class SpendData
{
    private const int DerSignatureLength = 71;
    private const int SchnorrSignatureLength = 64;

    /// <summary>The scriptSig length of an input spending <paramref name="kind"/> (106, 23, 0 or 0 bytes).</summary>
    public static int ScriptSigLength(AddressKind kind) => kind switch
    {
        AddressKind.P2pkh => 1 + DerSignatureLength + 1 + KeyDerivation.PublicKeyLength,
        AddressKind.P2shP2wpkh => 23,
        _ => 0,
    };

    /// <summary>
    /// The serialized witness length of an input spending <paramref name="kind"/> (item count included): 107 for the
    /// key-hash kinds, 66 for P2TR, and 1 (an empty witness) for P2PKH in a segwit transaction.
    /// </summary>
    public static int WitnessLength(AddressKind kind) => kind switch
    {
        AddressKind.P2pkh => 1,
        AddressKind.P2tr => 1 + 1 + SchnorrSignatureLength,
        _ => 1 + 1 + DerSignatureLength + 1 + KeyDerivation.PublicKeyLength,
    };

    /// <summary>True when spending <paramref name="kind"/> needs witness data.</summary>
    public static bool HasWitness(AddressKind kind) => kind != AddressKind.P2pkh;

    /// <summary>
    /// Writes the scriptSig (CompactSize length first) of an input spending an address of <paramref name="kind"/> whose
    /// public key is <paramref name="publicKey"/> (unused for P2TR).
    /// </summary>
    public static void WriteScriptSig(ByteSink sink, ReadOnlySpan<byte> publicKey, AddressKind kind, ScenarioRandom random)
    {
        switch (kind)
        {
            case AddressKind.P2pkh:
                sink.WriteCompactSize((ulong)ScriptSigLength(kind));
                sink.WriteByte(DerSignatureLength);
                WriteDerSignature(sink.Append(DerSignatureLength), random);
                sink.WriteByte(KeyDerivation.PublicKeyLength);
                sink.Write(publicKey);
                break;
            case AddressKind.P2shP2wpkh:
                sink.WriteCompactSize(23);
                sink.WriteByte(22);
                ScriptTemplates.WriteWitnessKeyHashProgram(publicKey, sink.Append(22));
                break;
            default:
                sink.WriteByte(0);
                break;
        }
    }

    /// <summary>
    /// Writes the witness (item count first) of an input spending an address of <paramref name="kind"/> whose public
    /// key is <paramref name="publicKey"/> (unused for P2PKH and P2TR).
    /// </summary>
    public static void WriteWitness(ByteSink sink, ReadOnlySpan<byte> publicKey, AddressKind kind, ScenarioRandom random)
    {
        switch (kind)
        {
            case AddressKind.P2pkh:
                sink.WriteByte(0);
                break;
            case AddressKind.P2tr:
                sink.WriteByte(1);
                sink.WriteByte(SchnorrSignatureLength);
                random.Fill(sink.Append(SchnorrSignatureLength));
                break;
            default:
                sink.WriteByte(2);
                sink.WriteByte(DerSignatureLength);
                WriteDerSignature(sink.Append(DerSignatureLength), random);
                sink.WriteByte(KeyDerivation.PublicKeyLength);
                sink.Write(publicKey);
                break;
        }
    }

    /// <summary>Writes a 71-byte strict-DER signature with SIGHASH_ALL from random r and s.</summary>
    private static void WriteDerSignature(Span<byte> destination, ScenarioRandom random)
    {
        destination[0] = 0x30;
        destination[1] = 0x44;
        destination[2] = 0x02;
        destination[3] = 0x20;
        random.Fill(destination.Slice(4, 32));
        destination[4] = (byte)((destination[4] & 0x7f) | 0x01);
        destination[36] = 0x02;
        destination[37] = 0x20;
        random.Fill(destination.Slice(38, 32));
        destination[38] = (byte)((destination[38] & 0x3f) | 0x01);
        destination[70] = 0x01;
    }
}
