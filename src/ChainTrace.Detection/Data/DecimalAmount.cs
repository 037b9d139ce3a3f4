using System.Globalization;
using System.Numerics;

namespace ChainTrace.Detection;

/// <summary>
/// Exact conversion of decimal coin amounts as public datasets print them (<c>16.55</c>, <c>0E-18</c>,
/// <c>1.5555555553999998e-08</c>) to integer base units (wei, satoshi), without going through binary floating point.
/// </summary>
public static class DecimalAmount
{
    /// <summary>
    /// Parses <paramref name="text"/> (digits, an optional fraction and an optional exponent; no sign) and scales it by
    /// 10^<paramref name="decimals"/>, rounding half up to a whole base unit. Never throws.
    /// </summary>
    /// <param name="text">The amount in coin units.</param>
    /// <param name="decimals">Base units per coin as a power of ten: 18 for ether, 8 for bitcoin.</param>
    /// <param name="baseUnits">The amount in base units when the text parses and fits in 128 bits.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, int decimals, out UInt128 baseUnits)
    {
        baseUnits = 0;
        if (text.IsEmpty || decimals is < 0 or > 30)
        {
            return false;
        }

        var exponentAt = text.IndexOfAny('e', 'E');
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = 0;
        if (exponentAt >= 0 && !int.TryParse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }

        if (exponent is < -400 or > 400)
        {
            return false;
        }

        BigInteger digits = 0;
        var fractionDigits = 0;
        var seenPoint = false;
        var seenDigit = false;
        foreach (var c in mantissa)
        {
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }

            seenDigit = true;
            digits = (digits * 10) + (c - '0');
            fractionDigits += seenPoint ? 1 : 0;
        }

        if (!seenDigit)
        {
            return false;
        }

        var scale = exponent - fractionDigits + decimals;
        BigInteger value;
        if (scale >= 0)
        {
            value = digits * BigInteger.Pow(10, scale);
        }
        else
        {
            var divisor = BigInteger.Pow(10, -scale);
            value = BigInteger.DivRem(digits, divisor, out var remainder);
            if (remainder * 2 >= divisor)
            {
                value += 1;
            }
        }

        if (value > (BigInteger)UInt128.MaxValue)
        {
            return false;
        }

        baseUnits = (UInt128)value;
        return true;
    }

    /// <summary>Converts base units to coin units as a double (for features; not for accounting).</summary>
    /// <param name="baseUnits">The amount in base units.</param>
    /// <param name="decimals">Base units per coin as a power of ten.</param>
    public static double ToCoins(UInt128 baseUnits, int decimals) => (double)baseUnits / Math.Pow(10, decimals);
}
