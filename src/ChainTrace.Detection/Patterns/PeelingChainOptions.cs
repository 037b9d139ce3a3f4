namespace ChainTrace.Detection;

/// <summary>Thresholds of <see cref="PeelingChainDetector"/>.</summary>
public sealed record PeelingChainOptions
{
    /// <summary>Fewest hops (transactions) for a chain to be flagged; default 6, at least 2. Ordinary wallets that spend their change
    /// coin by coin make runs of 4–5 such transactions in the generated economy; peeling runs are longer.</summary>
    public int MinimumHops { get; init; } = 6;

    /// <summary>
    /// Largest share of a hop's input that the peeled payment (the smaller of the two outputs) may take; default 0.35,
    /// in (0, 0.5]. Smaller shares keep ordinary payment-plus-change spending out.
    /// </summary>
    public double MaximumPeelShare { get; init; } = 0.35;

    /// <summary>
    /// When true (default), the remainder of every hop but the last must go to an address receiving for the first
    /// time, as peeling wallets do; change to a reused address (an exchange hot wallet) breaks the chain.
    /// </summary>
    public bool RequireFreshRemainder { get; init; } = true;

    /// <summary>Checks the thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumHops, 2, nameof(MinimumHops));
        if (MaximumPeelShare is not (> 0 and <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(MaximumPeelShare), MaximumPeelShare, "The peel share must lie in (0, 0.5].");
        }
    }
}
