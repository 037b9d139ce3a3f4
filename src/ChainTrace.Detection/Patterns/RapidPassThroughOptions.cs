namespace ChainTrace.Detection;

/// <summary>Thresholds of <see cref="RapidPassThroughDetector"/>.</summary>
public sealed record RapidPassThroughOptions
{
    /// <summary>Fewest share of received value forwarded within the window; default 0.9, in (0, 1].</summary>
    public double MinimumShare { get; init; } = 0.9;

    /// <summary>How soon after arrival value must leave to count, seconds; default 3,600 (about six Bitcoin blocks). Positive.</summary>
    public long WindowSeconds { get; init; } = 3_600;

    /// <summary>Fewest coins received for the address to be considered; default 0 (any). Not negative.</summary>
    public double MinimumValue { get; init; }

    /// <summary>Fewest receipts (transactions paying the address); default 2, at least 1. One receipt spent at once is ordinary UTXO spending.</summary>
    public int MinimumReceipts { get; init; } = 2;

    /// <summary>Checks the thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public void Validate()
    {
        if (MinimumShare is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumShare), MinimumShare, "The share must lie in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(WindowSeconds, 1, nameof(WindowSeconds));
        if (!(MinimumValue >= 0) || double.IsInfinity(MinimumValue))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumValue), MinimumValue, "The minimum value must be a non-negative number of coins.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumReceipts, 1, nameof(MinimumReceipts));
    }
}
