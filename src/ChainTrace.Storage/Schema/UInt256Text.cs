using System.Globalization;
using System.Numerics;

namespace ChainTrace.Storage;

/// <summary>The storage form of <see cref="ColumnType.UInt256"/> values: base-10 digits, no sign, no leading zeros.</summary>
internal static class UInt256Text
{
    /// <summary>2^256 − 1, the largest value a uint256 column holds.</summary>
    public static readonly BigInteger MaxValue = (BigInteger.One << 256) - 1;

    /// <summary>Formats <paramref name="value"/> after checking it fits a uint256.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above 2^256 − 1.</exception>
    public static string Format(BigInteger value, string table, string column)
    {
        if (value.Sign < 0 || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), $"Table {table}, column {column}: {value} is not a uint256 (0 … 2^256 − 1).");
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Parses stored digits; false for anything that is not a canonical uint256.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out BigInteger value)
    {
        value = default;
        if (text.IsEmpty || text.Length > 78 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        value = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value <= MaxValue;
    }
}
