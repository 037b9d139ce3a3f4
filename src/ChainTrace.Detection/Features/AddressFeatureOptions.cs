namespace ChainTrace.Detection;

/// <summary>Settings of <see cref="AddressFeatureExtractor"/>. Validated by the extractor.</summary>
public sealed record AddressFeatureOptions
{
    /// <summary>The default settings.</summary>
    public static AddressFeatureOptions Default { get; } = new();

    /// <summary>
    /// Seconds after a receipt within which a spend counts as forwarding (<c>fast_forward_share</c>); default 86,400
    /// (one day). Must be positive.
    /// </summary>
    public long ForwardWindowSeconds { get; init; } = 86_400;

    /// <summary>Length of the BitcoinHeist time window in seconds; default 86,400 (the paper's 24 hours). Must be positive.</summary>
    public long HeistWindowSeconds { get; init; } = 86_400;

    /// <summary>
    /// Most starter transactions tracked per node when counting BitcoinHeist <c>count</c> and <c>looped</c>; beyond it
    /// the sets stop growing and the two features are lower bounds. Default 256; at least 1.
    /// </summary>
    public int HeistMaxTrackedStarters { get; init; } = 256;

    /// <summary>Most distinct addresses counted by <c>two_hop_out</c> and <c>two_hop_in</c>; default 10,000; at least 1.</summary>
    public int TwoHopCap { get; init; } = 10_000;

    /// <summary>
    /// Counterparty categories (e.g. exchange, mixer, gambling) for the exposure features <c>in_exposure_CATEGORY</c> and
    /// <c>out_exposure_CATEGORY</c>, in column order; default none. Names are lowercase snake_case and distinct.
    /// </summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A window, cap or limit is out of range.</exception>
    /// <exception cref="ArgumentException">A category name is empty, not snake_case, or repeated.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ForwardWindowSeconds, 1, nameof(ForwardWindowSeconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(HeistWindowSeconds, 1, nameof(HeistWindowSeconds));
        ArgumentOutOfRangeException.ThrowIfLessThan(HeistMaxTrackedStarters, 1, nameof(HeistMaxTrackedStarters));
        ArgumentOutOfRangeException.ThrowIfLessThan(TwoHopCap, 1, nameof(TwoHopCap));
        ArgumentNullException.ThrowIfNull(Categories, nameof(Categories));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            var valid = !string.IsNullOrEmpty(category) && category[0] is >= 'a' and <= 'z'
                && category.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
            if (!valid || !seen.Add(category))
            {
                throw new ArgumentException($"Category '{category}' is not a distinct lowercase snake_case name.", nameof(Categories));
            }
        }
    }
}
