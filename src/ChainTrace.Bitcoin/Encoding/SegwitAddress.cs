namespace ChainTrace.Bitcoin;

/// <summary>
/// Segwit addresses (BIP173, BIP350): witness version 0 with bech32, versions 1..16 with bech32m, programs of 2..40
/// bytes, and 20 or 32 bytes for version 0.
/// </summary>
public static class SegwitAddress
{
    /// <summary>The shortest witness program in bytes (2).</summary>
    public const int MinProgramLength = 2;

    /// <summary>The longest witness program in bytes (40).</summary>
    public const int MaxProgramLength = 40;

    /// <summary>The highest witness version (16).</summary>
    public const int MaxVersion = 16;

    /// <summary>
    /// Encodes a witness program as an address with human-readable part <paramref name="hrp"/>, choosing bech32 for
    /// version 0 and bech32m otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is outside 0..16.</exception>
    /// <exception cref="ArgumentException">The program length is invalid for the version, or the human-readable part is
    /// empty, not US-ASCII 33..126, or too long for a 90-character address.</exception>
    public static string Encode(ReadOnlySpan<char> hrp, int version, ReadOnlySpan<byte> program)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, MaxVersion);
        if (!IsValidProgramLength(version, program.Length))
        {
            throw new ArgumentException($"A version {version} witness program cannot be {program.Length} bytes.", nameof(program));
        }

        Span<byte> values = stackalloc byte[1 + 64];
        values[0] = (byte)version;
        var count = 1 + ConvertTo5Bits(program, values[1..]);
        return Bech32.Encode(hrp, values[..count], version == 0 ? Bech32Variant.Bech32 : Bech32Variant.Bech32m);
    }

    /// <summary>
    /// Decodes and validates a segwit address for the network whose human-readable part is <paramref name="expectedHrp"/>
    /// (compared ignoring case), writing the witness program into <paramref name="program"/>.
    /// </summary>
    /// <returns>False (never throws) for a wrong human-readable part, bad bech32, the wrong checksum variant for the
    /// version, a version above 16, an invalid program length, non-zero or excess padding bits, or a
    /// <paramref name="program"/> shorter than the decoded program.</returns>
    public static bool TryDecode(ReadOnlySpan<char> address, ReadOnlySpan<char> expectedHrp, out int version, Span<byte> program, out int programLength)
    {
        version = 0;
        programLength = 0;
        Span<byte> values = stackalloc byte[Bech32.MaxLength];
        if (!Bech32.TryDecodeCore(address, values, out var hrpLength, out var valueCount, out var variant)
            || !address[..hrpLength].Equals(expectedHrp, StringComparison.OrdinalIgnoreCase)
            || valueCount < 1)
        {
            return false;
        }

        var witnessVersion = values[0];
        if (witnessVersion > MaxVersion || (witnessVersion == 0) != (variant == Bech32Variant.Bech32))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[Bech32.MaxLength];
        if (!TryConvertTo8Bits(values[1..valueCount], decoded, out var length)
            || !IsValidProgramLength(witnessVersion, length)
            || length > program.Length)
        {
            return false;
        }

        decoded[..length].CopyTo(program);
        version = witnessVersion;
        programLength = length;
        return true;
    }

    /// <summary>True when a program of <paramref name="length"/> bytes is valid for witness <paramref name="version"/>.</summary>
    public static bool IsValidProgramLength(int version, int length) =>
        version == 0 ? length is 20 or 32 : length is >= MinProgramLength and <= MaxProgramLength;

    /// <summary>Encodes without validation (the caller has checked version and length) straight into one string.</summary>
    internal static string EncodeUnchecked(string lowerHrp, int version, ReadOnlySpan<byte> program)
    {
        Span<byte> values = stackalloc byte[1 + 64];
        values[0] = (byte)version;
        var count = 1 + ConvertTo5Bits(program, values[1..]);
        Span<char> text = stackalloc char[lowerHrp.Length + 1 + count + Bech32.ChecksumLength];
        Bech32.WriteUnchecked(lowerHrp, values[..count], version == 0 ? Bech32Variant.Bech32 : Bech32Variant.Bech32m, text);
        return new string(text);
    }

    /// <summary>Regroups bytes into 5-bit values, zero-padding the last one; returns the count written.</summary>
    private static int ConvertTo5Bits(ReadOnlySpan<byte> data, Span<byte> values)
    {
        var accumulator = 0;
        var bits = 0;
        var count = 0;
        foreach (var b in data)
        {
            accumulator = ((accumulator << 8) | b) & 0xfff;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                values[count++] = (byte)((accumulator >> bits) & 31);
            }
        }

        if (bits > 0)
        {
            values[count++] = (byte)((accumulator << (5 - bits)) & 31);
        }

        return count;
    }

    /// <summary>Regroups 5-bit values into bytes; fails on more than 4 padding bits or non-zero padding.</summary>
    private static bool TryConvertTo8Bits(ReadOnlySpan<byte> values, Span<byte> data, out int length)
    {
        var accumulator = 0;
        var bits = 0;
        length = 0;
        foreach (var value in values)
        {
            accumulator = ((accumulator << 5) | value) & 0xfff;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                data[length++] = (byte)((accumulator >> bits) & 0xff);
            }
        }

        return bits < 5 && ((accumulator << (8 - bits)) & 0xff) == 0;
    }
}
