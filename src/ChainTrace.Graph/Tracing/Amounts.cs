using System.Numerics;

namespace ChainTrace.Graph.Tracing;

/// <summary>Exact arithmetic on base-unit amounts (UInt128) for taint shares.</summary>
internal static class Amounts
{
    /// <summary><paramref name="a"/> × <paramref name="b"/> / <paramref name="divisor"/>, rounded down, with the remainder.</summary>
    public static (UInt128 Quotient, UInt128 Remainder) MulDiv(UInt128 a, UInt128 b, UInt128 divisor)
    {
        if (UInt128.LeadingZeroCount(a) + UInt128.LeadingZeroCount(b) >= 128)
        {
            var product = a * b;
            return (product / divisor, product % divisor);
        }

        var quotient = BigInteger.DivRem((BigInteger)a * b, divisor, out var remainder);
        return ((UInt128)quotient, (UInt128)remainder);
    }

    public static UInt128 Sum(ReadOnlySpan<UInt128> values)
    {
        UInt128 sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    public static UInt128 Min(UInt128 a, UInt128 b) => a < b ? a : b;
}
