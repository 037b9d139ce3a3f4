namespace ChainTrace.Detection;

/// <summary>Thresholds of <see cref="StructuringDetector"/>.</summary>
public sealed record StructuringOptions
{
    /// <summary>The reporting threshold the payments stay under, in coins (BTC or ETH); default 1. Must be positive.</summary>
    public double Threshold { get; init; } = 1.0;

    /// <summary>
    /// How far below the threshold a payment may be and still count as "just below", as a fraction of the threshold;
    /// default 0.2 (payments in [0.8 × threshold, threshold)). In (0, 1).
    /// </summary>
    public double Band { get; init; } = 0.2;

    /// <summary>Fewest just-below payments within the window; default 3, at least 2.</summary>
    public int MinimumPayments { get; init; } = 3;

    /// <summary>The window the payments must fall in, seconds; default 86,400. Must be positive.</summary>
    public long WindowSeconds { get; init; } = 86_400;

    /// <summary>Checks the thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public void Validate()
    {
        if (!(Threshold > 0) || double.IsInfinity(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must be a positive number of coins.");
        }

        if (Band is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Band), Band, "The band must lie in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumPayments, 2, nameof(MinimumPayments));
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowSeconds, 1, nameof(WindowSeconds));
    }
}
