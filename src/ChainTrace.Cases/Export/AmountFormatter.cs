using System.Globalization;
using System.Numerics;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>
/// Shows base-unit amounts to people: whole coins with the asset's decimals, trailing zeros trimmed, thousands grouped
/// with commas (<c>1,234.5 BTC</c>). Exact for any size (no floating point).
/// </summary>
public static class AmountFormatter
{
    /// <summary>Formats base units as a decimal number of whole coins, e.g. 150000000 with 8 decimals → <c>1.5</c>.</summary>
    /// <param name="baseUnits">The amount in base units (may be negative).</param>
    /// <param name="decimals">Base units per coin as a power of ten (0–255).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 255.</exception>
    public static string Format(BigInteger baseUnits, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 255);
        var negative = baseUnits.Sign < 0;
        var digits = BigInteger.Abs(baseUnits).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var whole = digits[..^decimals];
        var fraction = decimals == 0 ? string.Empty : digits[^decimals..].TrimEnd('0');
        if (decimals == 0)
        {
            whole = digits;
        }

        var text = new StringBuilder(digits.Length + (digits.Length / 3) + 2);
        if (negative)
        {
            text.Append('-');
        }

        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                text.Append(',');
            }

            text.Append(whole[i]);
        }

        if (fraction.Length > 0)
        {
            text.Append('.').Append(fraction);
        }

        return text.ToString();
    }

    /// <summary>
    /// Formats an amount of an asset: <c>1.5 BTC</c>, <c>0.000000001 ETH</c>; with unknown decimals the raw units,
    /// e.g. <c>1,000,000 raw units of 0xdac1…</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="asset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The asset's decimals are negative or above 255.</exception>
    public static string Format(BigInteger baseUnits, CaseAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Decimals is { } decimals
            ? $"{Format(baseUnits, decimals)} {asset.Symbol}"
            : $"{Format(baseUnits, 0)} raw units of {asset.Symbol}";
    }
}
