using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>Grinds a header's nonce until its hash meets the target of its compact <c>bits</c>.</summary>
internal static class ProofOfWork
{
    /// <summary>Regtest's minimum difficulty (target 0x7fffff × 2^232): about every second hash qualifies.</summary>
    public const uint RegtestBits = 0x207fffff;

    /// <summary>
    /// Sets the nonce (bytes 76..79) of the 80-byte <paramref name="header"/> to the first value from 0 whose double
    /// SHA-256, read as a little-endian number, is at most the target, and writes that hash into <paramref name="hash"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No nonce works (not possible for regtest difficulty).</exception>
    public static void Grind(Span<byte> header, Span<byte> hash)
    {
        Span<byte> target = stackalloc byte[32];
        DecodeTarget(BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(72, 4)), target);
        Span<byte> once = stackalloc byte[32];
        for (ulong nonce = 0; nonce <= uint.MaxValue; nonce++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(76, 4), (uint)nonce);
            SHA256.HashData(header[..80], once);
            SHA256.HashData(once, hash);
            if (MeetsTarget(hash, target))
            {
                return;
            }
        }

        throw new InvalidOperationException("No nonce meets the target.");
    }

    /// <summary>Decodes compact <paramref name="bits"/> into a 32-byte big-endian target (positive targets only).</summary>
    public static void DecodeTarget(uint bits, Span<byte> bigEndianTarget)
    {
        bigEndianTarget.Clear();
        var size = (int)(bits >> 24);
        var mantissa = bits & 0x007fffff;
        for (var i = 0; i < 3; i++)
        {
            var position = 32 - size + i;
            if (position is >= 0 and < 32)
            {
                bigEndianTarget[position] = (byte)(mantissa >> (8 * (2 - i)));
            }
        }
    }

    /// <summary>True when the wire-order <paramref name="hash"/> read little-endian is at most the big-endian target.</summary>
    public static bool MeetsTarget(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> bigEndianTarget)
    {
        for (var i = 0; i < 32; i++)
        {
            var h = hash[31 - i];
            var t = bigEndianTarget[i];
            if (h != t)
            {
                return h < t;
            }
        }

        return true;
    }
}
