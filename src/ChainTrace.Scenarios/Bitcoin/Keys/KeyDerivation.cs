using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChainTrace.Scenarios.Bitcoin.Keys;

/// <summary>
/// Derives every generated address's key material from the scenario seed and the address's index: the 32-byte secret is
/// SHA-256(seed key ‖ index), the public key is a compressed encoding (02/03 prefix) of SHA-256(secret), and a taproot
/// output key is that same 32-byte x value.
/// </summary>
/// <remarks>
/// The public keys are not points on secp256k1 and the secrets sign nothing: the chain's signatures are placeholders
/// (see <see cref="SpendData"/>). What is real is everything a chain reader computes from the bytes: scripts, hashes,
/// addresses, txids. Deriving instead of storing keeps memory independent of the number of addresses.
/// </remarks>
internal sealed class KeyDerivation
{
    /// <summary>Length of a compressed public key (33).</summary>
    public const int PublicKeyLength = 33;

    private readonly byte[] _seedKey = new byte[32];

    /// <summary>Creates the derivation for <paramref name="seed"/>.</summary>
    public KeyDerivation(ulong seed)
    {
        var label = Encoding.ASCII.GetBytes("ChainTrace.Scenarios/keys");
        var material = new byte[label.Length + 8];
        label.CopyTo(material, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(material.AsSpan(label.Length), seed);
        SHA256.HashData(material, _seedKey);
    }

    /// <summary>Writes the 33-byte compressed public key of address <paramref name="index"/>.</summary>
    public void PublicKey(long index, Span<byte> publicKey)
    {
        Span<byte> material = stackalloc byte[40];
        _seedKey.CopyTo(material);
        BinaryPrimitives.WriteInt64LittleEndian(material[32..], index);
        SHA256.HashData(material, publicKey[1..PublicKeyLength]);
        publicKey[0] = (byte)(0x02 | (publicKey[PublicKeyLength - 1] & 1));
    }

    /// <summary>Writes the 32-byte x-only taproot output key of address <paramref name="index"/>.</summary>
    public void TaprootKey(long index, Span<byte> outputKey)
    {
        Span<byte> publicKey = stackalloc byte[PublicKeyLength];
        PublicKey(index, publicKey);
        publicKey[1..].CopyTo(outputKey);
    }
}
