namespace ChainTrace.Detection;

/// <summary>Thresholds of <see cref="RoundTrippingDetector"/>.</summary>
public sealed record RoundTrippingOptions
{
    /// <summary>Most transactions on the way out and back (2 = pay someone who pays back); default 3, 2 to 8.</summary>
    public int MaximumHops { get; init; } = 3;

    /// <summary>Longest time from the first spend to the return, seconds; default 2,592,000 (30 days). Positive.</summary>
    public long WindowSeconds { get; init; } = 2_592_000;

    /// <summary>Most addresses explored from one spend (keeps hubs cheap); default 256, at least 1.</summary>
    public int MaximumExplored { get; init; } = 256;

    /// <summary>Most spends of one address used as starting points (earliest first); default 64, at least 1.</summary>
    public int MaximumStartsPerAddress { get; init; } = 64;

    /// <summary>Checks the thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumHops, 2, nameof(MaximumHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaximumHops, 8, nameof(MaximumHops));
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowSeconds, 1, nameof(WindowSeconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumExplored, 1, nameof(MaximumExplored));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumStartsPerAddress, 1, nameof(MaximumStartsPerAddress));
    }
}
