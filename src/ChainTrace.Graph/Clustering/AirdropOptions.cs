namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Thresholds of the Ethereum airdrop multi-participation heuristic (Victor 2020): a distributor sends one token to at
/// least <see cref="MinRecipients"/> distinct addresses; recipients whose every transfer of that token goes to one
/// collecting address (not the distributor) are that collector's, when at least <see cref="MinForwarders"/> of them
/// forward to it.
/// </summary>
public sealed record AirdropOptions
{
    /// <summary>Confidence of an airdrop merge: 0.7.</summary>
    public const double Confidence = 0.7;

    /// <summary>Fewest distinct recipients that make a sender an airdrop distributor; default 10.</summary>
    public int MinRecipients { get; init; } = 10;

    /// <summary>Fewest recipients forwarding to one collector before any is merged; default 2.</summary>
    public int MinForwarders { get; init; } = 2;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count below 2 recipients or 1 forwarder.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinRecipients, 2, nameof(MinRecipients));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinForwarders, 1, nameof(MinForwarders));
    }
}
