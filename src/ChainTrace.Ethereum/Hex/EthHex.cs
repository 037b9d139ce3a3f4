using System.Numerics;

namespace ChainTrace.Ethereum.Hex;

/// <summary>
/// Span-based decoding and encoding of the hex forms Ethereum JSON-RPC uses: quantities (<c>0x1a</c>), 32-byte
/// hashes, 20-byte addresses and byte strings (<c>0x…</c> data). Decoding works on UTF-8 bytes (as they sit in the
/// JSON answer) or on chars, allocates only the returned string, and never throws: every <c>TryParse…</c> returns
/// false on malformed input (missing <c>0x</c>, non-hex digits, wrong length, values above 2^256 − 1).
/// </summary>
public static class EthHex
{
    /// <summary>The largest value a uint256 holds: 2^256 − 1.</summary>
    public static readonly BigInteger MaxUInt256 = (BigInteger.One << 256) - 1;

    private const int AddressDigits = 40;
    private const int HashDigits = 64;

    /// <summary>
    /// Parses a quantity that fits 64 bits: <c>0x</c> then 1 to 16 significant hex digits (leading zeros and upper
    /// case are accepted).
    /// </summary>
    /// <returns>False when the text is not such a quantity or exceeds 2^64 − 1.</returns>
    public static bool TryParseQuantity(ReadOnlySpan<byte> utf8, out ulong value)
    {
        value = 0;
        if (!TryStripPrefix(utf8, out var digits) || digits.IsEmpty)
        {
            return false;
        }

        digits = TrimLeadingZeros(digits);
        if (digits.Length > 16)
        {
            return false;
        }

        ulong result = 0;
        foreach (var c in digits)
        {
            var nibble = Nibble(c);
            if (nibble < 0)
            {
                return false;
            }

            result = (result << 4) | (uint)nibble;
        }

        value = result;
        return true;
    }

    /// <summary>Parses a 64-bit quantity from chars; see <see cref="TryParseQuantity(ReadOnlySpan{byte}, out ulong)"/>.</summary>
    /// <returns>False when the text is not a quantity or exceeds 2^64 − 1.</returns>
    public static bool TryParseQuantity(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        Span<byte> buffer = stackalloc byte[80];
        return TryNarrow(text, buffer, out var utf8) && TryParseQuantity(utf8, out value);
    }

    /// <summary>Parses a 64-bit quantity from chars.</summary>
    /// <exception cref="FormatException">The text is not a hex quantity of at most 64 bits.</exception>
    public static ulong ParseQuantity(ReadOnlySpan<char> text) =>
        TryParseQuantity(text, out var value)
            ? value
            : throw new FormatException($"'{Shorten(text)}' is not a 0x hex quantity of at most 64 bits.");

    /// <summary>
    /// Parses a uint256 quantity exactly: <c>0x</c> then 1 to 64 significant hex digits. The result is never negative.
    /// </summary>
    /// <returns>False when the text is not a hex quantity or exceeds 2^256 − 1.</returns>
    public static bool TryParseUInt256(ReadOnlySpan<byte> utf8, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (!TryStripPrefix(utf8, out var digits) || digits.IsEmpty)
        {
            return false;
        }

        digits = TrimLeadingZeros(digits);
        if (digits.Length <= 16)
        {
            if (!TryParseQuantity(utf8, out var small))
            {
                return false;
            }

            value = small;
            return true;
        }

        if (digits.Length > HashDigits)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[32];
        var byteCount = (digits.Length + 1) / 2;
        var target = bytes[(32 - byteCount)..];
        var digitIndex = 0;
        var byteIndex = 0;
        if ((digits.Length & 1) == 1)
        {
            var first = Nibble(digits[0]);
            if (first < 0)
            {
                return false;
            }

            target[0] = (byte)first;
            digitIndex = 1;
            byteIndex = 1;
        }

        for (; digitIndex < digits.Length; digitIndex += 2, byteIndex++)
        {
            var high = Nibble(digits[digitIndex]);
            var low = Nibble(digits[digitIndex + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            target[byteIndex] = (byte)((high << 4) | low);
        }

        value = new BigInteger(target, isUnsigned: true, isBigEndian: true);
        return true;
    }

    /// <summary>Parses a uint256 quantity from chars; see <see cref="TryParseUInt256(ReadOnlySpan{byte}, out BigInteger)"/>.</summary>
    /// <returns>False when the text is not a hex quantity or exceeds 2^256 − 1.</returns>
    public static bool TryParseUInt256(ReadOnlySpan<char> text, out BigInteger value)
    {
        value = BigInteger.Zero;
        Span<byte> buffer = stackalloc byte[80];
        return TryNarrow(text, buffer, out var utf8) && TryParseUInt256(utf8, out value);
    }

    /// <summary>Parses a uint256 quantity from chars.</summary>
    /// <exception cref="FormatException">The text is not a hex quantity of at most 256 bits.</exception>
    public static BigInteger ParseUInt256(ReadOnlySpan<char> text) =>
        TryParseUInt256(text, out var value)
            ? value
            : throw new FormatException($"'{Shorten(text)}' is not a 0x hex quantity of at most 256 bits.");

    /// <summary>
    /// Parses a decimal uint256 (as some nodes and exporters write large numbers): digits only, at most 78 of them.
    /// </summary>
    /// <returns>False when the text is not decimal digits or exceeds 2^256 − 1.</returns>
    public static bool TryParseDecimalUInt256(ReadOnlySpan<byte> utf8, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (utf8.IsEmpty || utf8.Length > 78)
        {
            return false;
        }

        if (utf8.Length <= 19)
        {
            ulong small = 0;
            foreach (var c in utf8)
            {
                if (c is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                small = (small * 10) + (ulong)(c - '0');
            }

            value = small;
            return true;
        }

        Span<char> chars = stackalloc char[78];
        for (var i = 0; i < utf8.Length; i++)
        {
            var c = utf8[i];
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            chars[i] = (char)c;
        }

        if (!BigInteger.TryParse(chars[..utf8.Length], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed > MaxUInt256)
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Parses a 20-byte address (<c>0x</c> + 40 hex digits, any case) into lowercase <c>0x</c> hex.</summary>
    /// <returns>False when the text is not exactly 40 hex digits after <c>0x</c>.</returns>
    public static bool TryParseAddress(ReadOnlySpan<byte> utf8, out string address) =>
        TryParseFixed(utf8, AddressDigits, out address);

    /// <summary>Parses an address from chars; see <see cref="TryParseAddress(ReadOnlySpan{byte}, out string)"/>.</summary>
    /// <returns>False when the text is not exactly 40 hex digits after <c>0x</c>.</returns>
    public static bool TryParseAddress(ReadOnlySpan<char> text, out string address)
    {
        address = string.Empty;
        Span<byte> buffer = stackalloc byte[44];
        return TryNarrow(text, buffer, out var utf8) && TryParseAddress(utf8, out address);
    }

    /// <summary>Parses a 32-byte hash (<c>0x</c> + 64 hex digits, any case) into lowercase <c>0x</c> hex.</summary>
    /// <returns>False when the text is not exactly 64 hex digits after <c>0x</c>.</returns>
    public static bool TryParseHash(ReadOnlySpan<byte> utf8, out string hash) =>
        TryParseFixed(utf8, HashDigits, out hash);

    /// <summary>Parses a hash from chars; see <see cref="TryParseHash(ReadOnlySpan{byte}, out string)"/>.</summary>
    /// <returns>False when the text is not exactly 64 hex digits after <c>0x</c>.</returns>
    public static bool TryParseHash(ReadOnlySpan<char> text, out string hash)
    {
        hash = string.Empty;
        Span<byte> buffer = stackalloc byte[68];
        return TryNarrow(text, buffer, out var utf8) && TryParseHash(utf8, out hash);
    }

    /// <summary>
    /// Parses a byte string (<c>0x</c> then an even number of hex digits, possibly none) into lowercase <c>0x</c> hex.
    /// </summary>
    /// <returns>False when the prefix is missing, a digit is not hex, or the digit count is odd.</returns>
    public static bool TryParseData(ReadOnlySpan<byte> utf8, out string data)
    {
        data = string.Empty;
        if (!TryStripPrefix(utf8, out var digits) || (digits.Length & 1) == 1)
        {
            return false;
        }

        return TryLowercase(digits, out data);
    }

    /// <summary>
    /// Decodes a byte string (<c>0x</c> + even hex digits) into <paramref name="destination"/>.
    /// </summary>
    /// <returns>False when the text is malformed or <paramref name="destination"/> is too short.</returns>
    public static bool TryDecodeBytes(ReadOnlySpan<byte> utf8, Span<byte> destination, out int written)
    {
        written = 0;
        if (!TryStripPrefix(utf8, out var digits) || (digits.Length & 1) == 1 || destination.Length < digits.Length / 2)
        {
            return false;
        }

        for (var i = 0; i < digits.Length; i += 2)
        {
            var high = Nibble(digits[i]);
            var low = Nibble(digits[i + 1]);
            if ((high | low) < 0)
            {
                written = 0;
                return false;
            }

            destination[i / 2] = (byte)((high << 4) | low);
        }

        written = digits.Length / 2;
        return true;
    }

    /// <summary>Formats a non-negative number as a JSON-RPC quantity, e.g. 26 → <c>0x1a</c>, 0 → <c>0x0</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static string FormatQuantity(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return "0x" + value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a uint256 as a JSON-RPC quantity without leading zeros.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 2^256 − 1.</exception>
    public static string FormatQuantity(BigInteger value)
    {
        if (value.Sign < 0 || value > MaxUInt256)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A uint256 is between 0 and 2^256 - 1.");
        }

        if (value.IsZero)
        {
            return "0x0";
        }

        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var hex = Convert.ToHexStringLower(bytes);
        return "0x" + hex.TrimStart('0');
    }

    /// <summary>Formats bytes as lowercase <c>0x</c> hex (<c>0x</c> alone for no bytes).</summary>
    public static string FormatBytes(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>The value of a hex digit (0–15), or −1 when the byte is not a hex digit.</summary>
    internal static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool TryParseFixed(ReadOnlySpan<byte> utf8, int digitCount, out string text)
    {
        text = string.Empty;
        if (!TryStripPrefix(utf8, out var digits) || digits.Length != digitCount)
        {
            return false;
        }

        return TryLowercase(digits, out text);
    }

    private static bool TryLowercase(ReadOnlySpan<byte> digits, out string text)
    {
        text = string.Empty;
        foreach (var c in digits)
        {
            if (Nibble(c) < 0)
            {
                return false;
            }
        }

        text = string.Create(digits.Length + 2, digits, static (span, source) =>
        {
            span[0] = '0';
            span[1] = 'x';
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i + 2] = (char)(c is >= (byte)'A' and <= (byte)'F' ? c + 32 : c);
            }
        });
        return true;
    }

    private static bool TryStripPrefix(ReadOnlySpan<byte> utf8, out ReadOnlySpan<byte> digits)
    {
        if (utf8.Length >= 2 && utf8[0] == (byte)'0' && (utf8[1] | 0x20) == (byte)'x')
        {
            digits = utf8[2..];
            return true;
        }

        digits = default;
        return false;
    }

    private static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> digits)
    {
        var start = 0;
        while (start < digits.Length - 1 && digits[start] == (byte)'0')
        {
            start++;
        }

        return digits[start..];
    }

    private static bool TryNarrow(ReadOnlySpan<char> text, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (text.Length > buffer.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7f)
            {
                return false;
            }

            buffer[i] = (byte)text[i];
        }

        utf8 = buffer[..text.Length];
        return true;
    }

    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");
}
