namespace ChainTrace.Detection;

/// <summary>Thresholds of <see cref="FanInDetector"/>.</summary>
public sealed record FanInOptions
{
    /// <summary>Fewest distinct senders within the window; default 10, at least 2.</summary>
    public int MinimumSenders { get; init; } = 10;

    /// <summary>The window, seconds; default 86,400. Must be positive.</summary>
    public long WindowSeconds { get; init; } = 86_400;

    /// <summary>Checks the thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumSenders, 2, nameof(MinimumSenders));
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowSeconds, 1, nameof(WindowSeconds));
    }
}
