using System.Buffers;
using System.Buffers.Binary;

namespace ChainTrace.Bitcoin;

/// <summary>
/// Base58 and Base58Check (Bitcoin's alphabet, leading zero bytes as <c>1</c>), as used by P2PKH and P2SH addresses.
/// </summary>
/// <remarks>
/// Encoding works on 32-bit limbs, five base-58 digits per long division, without <c>BigInteger</c>; the decoders are
/// strict (any character outside the alphabet, including whitespace, fails) and never throw.
/// </remarks>
public static class Base58
{
    /// <summary>The longest text the decoders accept, in characters (1,024); longer input is rejected, not decoded.</summary>
    public const int MaxDecodeLength = 1024;

    /// <summary>The number of checksum bytes Base58Check appends (4).</summary>
    public const int ChecksumLength = 4;

    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const uint FiveDigits = 58 * 58 * 58 * 58 * 58;

    private static readonly sbyte[] DigitValues = BuildDigitValues();

    /// <summary>Encodes <paramref name="data"/> as Base58 text (no checksum).</summary>
    /// <remarks>Inputs longer than a few kilobytes are slow (the algorithm is quadratic); addresses are 25 bytes.</remarks>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        var rest = data[zeros..];
        var limbCount = (rest.Length + 3) / 4;
        var maxChars = zeros + (rest.Length * 138 / 100) + 6;
        uint[]? rentedLimbs = null;
        char[]? rentedChars = null;
        var limbs = limbCount <= 64 ? stackalloc uint[limbCount] : (rentedLimbs = ArrayPool<uint>.Shared.Rent(limbCount)).AsSpan(0, limbCount);
        var chars = maxChars <= 512 ? stackalloc char[maxChars] : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars)).AsSpan(0, maxChars);
        try
        {
            LoadLimbs(rest, limbs);
            var digitCount = ToDigits(limbs, chars[zeros..]);
            chars[..zeros].Fill('1');
            var result = chars[..(zeros + digitCount)];
            result[zeros..].Reverse();
            return new string(result);
        }
        finally
        {
            if (rentedLimbs is not null)
            {
                ArrayPool<uint>.Shared.Return(rentedLimbs);
            }

            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    /// <summary>Encodes <paramref name="payload"/> followed by the first four bytes of its double SHA-256.</summary>
    public static string EncodeCheck(ReadOnlySpan<byte> payload)
    {
        var buffer = payload.Length <= 256 ? stackalloc byte[payload.Length + ChecksumLength] : new byte[payload.Length + ChecksumLength];
        payload.CopyTo(buffer);
        Span<byte> digest = stackalloc byte[32];
        BitcoinHashes.DoubleSha256(payload, digest);
        digest[..ChecksumLength].CopyTo(buffer[payload.Length..]);
        return Encode(buffer);
    }

    /// <summary>
    /// Decodes Base58 text into <paramref name="destination"/>. Fails for an empty text, a character outside the
    /// alphabet, text longer than <see cref="MaxDecodeLength"/>, or a destination too small for the result.
    /// </summary>
    /// <returns>False (never throws) on any failure; <paramref name="written"/> is then 0.</returns>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        written = 0;
        if (text.IsEmpty || text.Length > MaxDecodeLength)
        {
            return false;
        }

        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        var size = ((text.Length - zeros) * 733 / 1000) + 1;
        Span<byte> number = stackalloc byte[size];
        number.Clear();
        var used = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var c = text[i];
            var value = c < 128 ? DigitValues[c] : -1;
            if (value < 0)
            {
                return false;
            }

            var carry = value;
            var j = 0;
            for (var k = size - 1; k >= 0 && (carry != 0 || j < used); k--, j++)
            {
                carry += 58 * number[k];
                number[k] = (byte)carry;
                carry >>= 8;
            }

            used = j;
        }

        var start = size - used;
        while (start < size && number[start] == 0)
        {
            start++;
        }

        var length = zeros + (size - start);
        if (length > destination.Length)
        {
            return false;
        }

        destination[..zeros].Clear();
        number[start..].CopyTo(destination[zeros..]);
        written = length;
        return true;
    }

    /// <summary>
    /// Decodes Base58Check text and verifies its four-byte checksum, writing the payload (without checksum) into
    /// <paramref name="payload"/>.
    /// </summary>
    /// <returns>False (never throws) when the text is not Base58, is shorter than the checksum, the checksum does
    /// not match, or the payload does not fit.</returns>
    public static bool TryDecodeCheck(ReadOnlySpan<char> text, Span<byte> payload, out int written)
    {
        written = 0;
        Span<byte> buffer = stackalloc byte[MaxDecodeLength];
        if (!TryDecode(text, buffer, out var total) || total < ChecksumLength)
        {
            return false;
        }

        var body = buffer[..(total - ChecksumLength)];
        Span<byte> digest = stackalloc byte[32];
        BitcoinHashes.DoubleSha256(body, digest);
        if (!digest[..ChecksumLength].SequenceEqual(buffer.Slice(total - ChecksumLength, ChecksumLength)) || body.Length > payload.Length)
        {
            return false;
        }

        body.CopyTo(payload);
        written = body.Length;
        return true;
    }

    /// <summary>
    /// Encodes a 21-byte address payload (version + hash) with an already computed checksum: the hot path of address
    /// derivation, specialised for 25 bytes (seven 32-bit limbs, divisions by 58^5 done as multiply-high).
    /// </summary>
    internal static string EncodeWithChecksum(byte version, ReadOnlySpan<byte> hash20, ReadOnlySpan<byte> checksum)
    {
        Span<uint> limbs = stackalloc uint[7];
        limbs[0] = version;
        for (var i = 0; i < 4; i++)
        {
            limbs[i + 1] = BinaryPrimitives.ReadUInt32BigEndian(hash20.Slice(i * 4, 4));
        }

        limbs[5] = BinaryPrimitives.ReadUInt32BigEndian(hash20.Slice(16, 4));
        limbs[6] = BinaryPrimitives.ReadUInt32BigEndian(checksum[..4]);

        // Leading zero bytes of the 25-byte string (version, hash, checksum) become leading '1's.
        var zeros = 0;
        if (version == 0)
        {
            zeros = 1 + hash20[..20].IndexOfAnyExcept((byte)0);
            if (zeros == 0)
            {
                var checksumZeros = checksum[..4].IndexOfAnyExcept((byte)0);
                zeros = 21 + (checksumZeros < 0 ? 4 : checksumZeros);
            }
        }

        Span<char> chars = stackalloc char[40];
        var position = chars.Length;
        var first = 0;
        while (first < limbs.Length && limbs[first] == 0)
        {
            first++;
        }

        while (first < limbs.Length)
        {
            ulong remainder = 0;
            for (var i = first; i < limbs.Length; i++)
            {
                var current = (remainder << 32) | limbs[i];
                var quotient = DivideByFiveDigits(current);
                limbs[i] = (uint)quotient;
                remainder = current - (quotient * FiveDigits);
            }

            while (first < limbs.Length && limbs[first] == 0)
            {
                first++;
            }

            var chunk = (uint)remainder;
            var digits = first < limbs.Length ? 5 : int.MaxValue;
            for (var d = 0; d < digits && (chunk != 0 || digits == 5); d++)
            {
                var next = chunk / 58;
                chars[--position] = Alphabet[(int)(chunk - (next * 58))];
                chunk = next;
            }
        }

        for (var i = 0; i < zeros; i++)
        {
            chars[--position] = '1';
        }

        return new string(chars[position..]);
    }

    /// <summary>
    /// <paramref name="value"/> / 58^5 for values below 58^5 × 2^32, as a multiply-high by ceil(2^93 / 58^5): the
    /// error term stays below 2^-31, less than the 1/58^5 a quotient could be off by.
    /// </summary>
    private static ulong DivideByFiveDigits(ulong value) => Math.BigMul(value, 0xd1658f5a3402d56aUL, out _) >> 29;

    private static void LoadLimbs(ReadOnlySpan<byte> bytes, Span<uint> limbs)
    {
        // limbs[0] is most significant; the first limb takes the leftover high bytes.
        var head = bytes.Length % 4;
        var index = 0;
        var offset = 0;
        if (head != 0)
        {
            uint value = 0;
            for (; offset < head; offset++)
            {
                value = (value << 8) | bytes[offset];
            }

            limbs[index++] = value;
        }

        for (; offset < bytes.Length; offset += 4)
        {
            limbs[index++] = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(offset, 4));
        }
    }

    /// <summary>Destroys <paramref name="limbs"/>; writes digits least significant first and returns their count.</summary>
    private static int ToDigits(Span<uint> limbs, Span<char> digits)
    {
        var count = 0;
        var first = 0;
        while (first < limbs.Length && limbs[first] == 0)
        {
            first++;
        }

        while (first < limbs.Length)
        {
            ulong remainder = 0;
            for (var i = first; i < limbs.Length; i++)
            {
                var current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / FiveDigits);
                remainder = current % FiveDigits;
            }

            while (first < limbs.Length && limbs[first] == 0)
            {
                first++;
            }

            var chunk = (uint)remainder;
            if (first < limbs.Length)
            {
                for (var d = 0; d < 5; d++)
                {
                    digits[count++] = Alphabet[(int)(chunk % 58)];
                    chunk /= 58;
                }
            }
            else
            {
                // The most significant chunk: emit only its significant digits.
                while (chunk != 0)
                {
                    digits[count++] = Alphabet[(int)(chunk % 58)];
                    chunk /= 58;
                }
            }
        }

        return count;
    }

    private static sbyte[] BuildDigitValues()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
