namespace ChainTrace.Bitcoin;

/// <summary>
/// The bech32 and bech32m string formats (BIP173, BIP350): a human-readable part, the separator <c>1</c>, 5-bit data
/// values and a six-character checksum.
/// </summary>
/// <remarks>
/// Decoding is strict: at most 90 characters, printable US-ASCII only, no mixed case, a non-empty human-readable part,
/// at least six data characters, and a valid checksum of either variant.
/// </remarks>
public static class Bech32
{
    /// <summary>The longest valid bech32 string in characters (90).</summary>
    public const int MaxLength = 90;

    /// <summary>The number of checksum characters (6).</summary>
    public const int ChecksumLength = 6;

    internal const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;

    private static readonly sbyte[] CharsetValues = BuildCharsetValues();
    private static readonly uint[] GeneratorTable = BuildGeneratorTable();
    private static readonly uint[] TwoStepTable = BuildTwoStepTable();

    /// <summary>
    /// Encodes <paramref name="hrp"/> (lowercased) and the 5-bit <paramref name="values"/> with a checksum of
    /// <paramref name="variant"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The human-readable part is empty or has characters outside 33..126, a value
    /// is 32 or more, or the result would exceed 90 characters.</exception>
    public static string Encode(ReadOnlySpan<char> hrp, ReadOnlySpan<byte> values, Bech32Variant variant)
    {
        if (hrp.IsEmpty)
        {
            throw new ArgumentException("The human-readable part is empty.", nameof(hrp));
        }

        var length = hrp.Length + 1 + values.Length + ChecksumLength;
        if (length > MaxLength)
        {
            throw new ArgumentException($"A bech32 string is at most {MaxLength} characters; this one would be {length}.", nameof(values));
        }

        Span<char> lowerHrp = stackalloc char[hrp.Length];
        for (var i = 0; i < hrp.Length; i++)
        {
            var c = hrp[i];
            if (c < 33 || c > 126)
            {
                throw new ArgumentException("The human-readable part has a character outside US-ASCII 33..126.", nameof(hrp));
            }

            lowerHrp[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        foreach (var value in values)
        {
            if (value >= 32)
            {
                throw new ArgumentException("A bech32 data value is 5 bits (0..31).", nameof(values));
            }
        }

        Span<char> text = stackalloc char[length];
        WriteUnchecked(lowerHrp, values, variant, text);
        return new string(text);
    }

    /// <summary>
    /// Decodes a bech32 or bech32m string, writing its data values (checksum removed) into <paramref name="values"/>.
    /// </summary>
    /// <param name="text">The text to decode.</param>
    /// <param name="hrp">The human-readable part, lowercased; null on failure.</param>
    /// <param name="values">Receives the 5-bit data values; 83 values always suffice.</param>
    /// <param name="valueCount">The number of values written.</param>
    /// <param name="variant">Which checksum constant matched.</param>
    /// <returns>False (never throws) when the text breaks any BIP173 rule, neither checksum matches, or
    /// <paramref name="values"/> is too small.</returns>
    public static bool TryDecode(ReadOnlySpan<char> text, out string? hrp, Span<byte> values, out int valueCount, out Bech32Variant variant)
    {
        hrp = null;
        valueCount = 0;
        variant = Bech32Variant.Bech32;
        if (!TryDecodeCore(text, values, out var hrpLength, out valueCount, out variant))
        {
            valueCount = 0;
            return false;
        }

        hrp = text[..hrpLength].ToString().ToLowerInvariant();
        return true;
    }

    /// <summary>Decodes without allocating; the human-readable part is <c>text[..hrpLength]</c> in its original case.</summary>
    internal static bool TryDecodeCore(ReadOnlySpan<char> text, Span<byte> values, out int hrpLength, out int valueCount, out Bech32Variant variant)
    {
        hrpLength = 0;
        valueCount = 0;
        variant = Bech32Variant.Bech32;
        if (text.Length > MaxLength)
        {
            return false;
        }

        var hasLower = false;
        var hasUpper = false;
        foreach (var c in text)
        {
            if (c < 33 || c > 126)
            {
                return false;
            }

            hasLower |= c is >= 'a' and <= 'z';
            hasUpper |= c is >= 'A' and <= 'Z';
        }

        if (hasLower && hasUpper)
        {
            return false;
        }

        var separator = text.LastIndexOf('1');
        if (separator < 1 || separator + 1 + ChecksumLength > text.Length)
        {
            return false;
        }

        var dataLength = text.Length - separator - 1;
        if (dataLength - ChecksumLength > values.Length)
        {
            return false;
        }

        var checksum = ExpandHrpChecksum(text[..separator]);
        for (var i = 0; i < dataLength; i++)
        {
            var c = text[separator + 1 + i];
            var value = c < 128 ? CharsetValues[c] : -1;
            if (value < 0)
            {
                return false;
            }

            checksum = PolyModStep(checksum) ^ (uint)value;
            if (i < dataLength - ChecksumLength)
            {
                values[i] = (byte)value;
            }
        }

        if (checksum == Bech32Constant)
        {
            variant = Bech32Variant.Bech32;
        }
        else if (checksum == Bech32mConstant)
        {
            variant = Bech32Variant.Bech32m;
        }
        else
        {
            return false;
        }

        hrpLength = separator;
        valueCount = dataLength - ChecksumLength;
        return true;
    }

    /// <summary>Writes hrp, separator, values and checksum into <paramref name="destination"/> (exact length, inputs valid).</summary>
    internal static void WriteUnchecked(ReadOnlySpan<char> lowerHrp, ReadOnlySpan<byte> values, Bech32Variant variant, Span<char> destination)
    {
        lowerHrp.CopyTo(destination);
        destination[lowerHrp.Length] = '1';
        var position = lowerHrp.Length + 1;
        var checksum = ExpandHrpChecksum(lowerHrp);
        var i = 0;
        for (; i + 1 < values.Length; i += 2)
        {
            checksum = PolyModTwoSteps(checksum, values[i], values[i + 1]);
            destination[position++] = Charset[values[i]];
            destination[position++] = Charset[values[i + 1]];
        }

        if (i < values.Length)
        {
            checksum = PolyModStep(checksum) ^ values[i];
            destination[position++] = Charset[values[i]];
        }

        checksum = PolyModTwoSteps(PolyModTwoSteps(PolyModTwoSteps(checksum, 0, 0), 0, 0), 0, 0);
        checksum ^= variant == Bech32Variant.Bech32m ? Bech32mConstant : Bech32Constant;
        for (var c = 0; c < ChecksumLength; c++)
        {
            destination[position++] = Charset[(int)((checksum >> (5 * (5 - c))) & 31)];
        }
    }

    /// <summary>Runs the checksum over the expanded human-readable part (high bits, zero, low bits), case-folded.</summary>
    private static uint ExpandHrpChecksum(ReadOnlySpan<char> hrp)
    {
        uint checksum = 1;
        foreach (var c in hrp)
        {
            checksum = PolyModStep(checksum) ^ (uint)(Lower(c) >> 5);
        }

        checksum = PolyModStep(checksum);
        foreach (var c in hrp)
        {
            checksum = PolyModStep(checksum) ^ (uint)(Lower(c) & 31);
        }

        return checksum;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    private static uint PolyModStep(uint checksum) =>
        ((checksum & 0x1ffffff) << 5) ^ GeneratorTable[(int)(checksum >> 25)];

    /// <summary>
    /// Two checksum steps at once (the step is linear over GF(2)): the low 20 bits shift by 10, the values enter at
    /// their positions, and the top 10 bits contribute <see cref="TwoStepTable"/>; halves the dependency chain.
    /// </summary>
    private static uint PolyModTwoSteps(uint checksum, uint first, uint second) =>
        ((checksum & 0xfffff) << 10) ^ (first << 5) ^ second ^ TwoStepTable[(int)(checksum >> 20)];

    /// <summary>Two zero-value steps applied to each 10-bit top part.</summary>
    private static uint[] BuildTwoStepTable()
    {
        var table = new uint[1024];
        for (var top = 0; top < 1024; top++)
        {
            var checksum = (uint)top << 20;
            var once = ((checksum & 0x1ffffff) << 5) ^ GeneratorTable[(int)(checksum >> 25)];
            table[top] = ((once & 0x1ffffff) << 5) ^ GeneratorTable[(int)(once >> 25)];
        }

        return table;
    }

    /// <summary>For each value of the top five checksum bits, the XOR of the BCH generators they select.</summary>
    private static uint[] BuildGeneratorTable()
    {
        uint[] generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        var table = new uint[32];
        for (var top = 0; top < 32; top++)
        {
            for (var bit = 0; bit < 5; bit++)
            {
                if ((top & (1 << bit)) != 0)
                {
                    table[top] ^= generators[bit];
                }
            }
        }

        return table;
    }

    private static sbyte[] BuildCharsetValues()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
            values[char.ToUpperInvariant(Charset[i])] = (sbyte)i;
        }

        return values;
    }
}
