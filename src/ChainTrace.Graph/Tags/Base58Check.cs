using System.Buffers.Binary;

namespace ChainTrace.Graph.Tags;

/// <summary>Base58check decoding of 25-byte address payloads (version byte, 20-byte hash, 4-byte checksum).</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static readonly sbyte[] Digits = CreateDigits();

    /// <summary>
    /// The version byte of a base58check string that decodes to exactly 25 bytes with a correct checksum; -1 when the
    /// string is not one (bad character, wrong length, bad checksum).
    /// </summary>
    public static int Version(string s)
    {
        if (s.Length is < 25 or > 35)
        {
            return -1;
        }

        // The 25-byte number in seven 32-bit limbs, most significant first (the top limb holds 8 bits).
        Span<uint> limbs = stackalloc uint[7];
        limbs.Clear();
        // Four digits at a time (58^4 < 2^24), so each limb step stays within 64 bits.
        for (var i = 0; i < s.Length; i += 4)
        {
            var count = Math.Min(4, s.Length - i);
            ulong carry = 0;
            ulong multiplier = 1;
            for (var k = 0; k < count; k++)
            {
                var c = s[i + k];
                var digit = c < 128 ? Digits[c] : -1;
                if (digit < 0)
                {
                    return -1;
                }

                carry = (carry * 58) + (ulong)digit;
                multiplier *= 58;
            }

            for (var j = limbs.Length - 1; j >= 0; j--)
            {
                carry += limbs[j] * multiplier;
                limbs[j] = (uint)carry;
                carry >>= 32;
            }

            if (carry != 0 || limbs[0] > 0xFF)
            {
                return -1;
            }
        }

        Span<byte> bytes = stackalloc byte[28];
        for (var j = 0; j < limbs.Length; j++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes[(j * 4)..], limbs[j]);
        }

        var payload = bytes[3..];
        var leadingOnes = s.Length - s.AsSpan().TrimStart('1').Length;
        var leadingZeros = payload.Length - payload.TrimStart((byte)0).Length;
        if (leadingOnes != leadingZeros)
        {
            return -1;
        }

        Span<byte> hash = stackalloc byte[32];
        Sha256Block.Hash(payload[..21], hash);
        Sha256Block.Hash(hash, hash);
        return hash[..4].SequenceEqual(payload[21..]) ? payload[0] : -1;
    }

    /// <summary>Index of the first character outside the base58 alphabet, or -1.</summary>
    public static int FirstInvalidChar(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] >= 128 || Digits[s[i]] < 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static sbyte[] CreateDigits()
    {
        var digits = new sbyte[128];
        Array.Fill(digits, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            digits[Alphabet[i]] = (sbyte)i;
        }

        return digits;
    }
}
