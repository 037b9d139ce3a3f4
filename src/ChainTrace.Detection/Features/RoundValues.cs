namespace ChainTrace.Detection;

/// <summary>
/// The round-amount test of the features and detectors: a value is round when it is a whole multiple of a thousandth
/// of a coin (100,000 satoshi, 10^15 wei) and has at most two significant decimal digits (0.05, 1.2, 300 coins).
/// </summary>
public static class RoundValues
{
    /// <summary>True when <paramref name="baseUnits"/> is round for a coin of <paramref name="decimals"/> decimals.</summary>
    /// <param name="baseUnits">The amount in base units.</param>
    /// <param name="decimals">Base units per coin as a power of ten (8 or 18).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 3 or above 30.</exception>
    public static bool IsRound(UInt128 baseUnits, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(decimals, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 30);
        var unit = UInt128.One;
        for (var i = 0; i < decimals - 3; i++)
        {
            unit *= 10;
        }

        return IsRound(baseUnits, unit);
    }

    internal static bool IsRound(UInt128 value, UInt128 unit)
    {
        if (value == 0 || value % unit != 0)
        {
            return false;
        }

        while (value % 10 == 0)
        {
            value /= 10;
        }

        return value < 100;
    }
}
