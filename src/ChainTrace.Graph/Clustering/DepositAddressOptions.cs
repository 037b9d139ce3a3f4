namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Thresholds of the Ethereum deposit-address heuristic (Victor 2020, "Address clustering heuristics for Ethereum"):
/// an address D is an exchange deposit address of hot wallet H when every transfer D sends goes to H, D received from
/// someone other than H, and at least one of its forwards passes on what D received since its previous forward, within
/// <see cref="MaxForwardBlocks"/> of the earliest of those receipts and losing at most <see cref="MaxLoss"/> (ether)
/// or nothing (tokens); H must collect from at least <see cref="MinDepositAddresses"/> such deposit addresses, and must
/// not be a deposit address itself (then the addresses forwarding to it are its customers: a ransomware operator
/// cashing out through its own deposit address must not join the exchange).
/// </summary>
public sealed record DepositAddressOptions
{
    /// <summary>Victor's forwarding window: 10,000 blocks.</summary>
    public const int DefaultMaxForwardBlocks = 10_000;

    /// <summary>Confidence of a deposit merge: 0.9.</summary>
    public const double Confidence = 0.9;

    /// <summary>Victor's largest loss to fees: 0.01 ETH in wei.</summary>
    public static UInt128 DefaultMaxLoss { get; } = 10_000_000_000_000_000;

    /// <summary>Most blocks between the earliest receipt and its forward; default <see cref="DefaultMaxForwardBlocks"/>.</summary>
    public int MaxForwardBlocks { get; init; } = DefaultMaxForwardBlocks;

    /// <summary>Most ether (wei) a forward may differ from what was received since the previous forward; default 0.01 ETH.</summary>
    public UInt128 MaxLoss { get; init; } = DefaultMaxLoss;

    /// <summary>Fewest deposit addresses a hot wallet needs before any is merged with it; default 2.</summary>
    public int MinDepositAddresses { get; init; } = 2;

    /// <summary>Whether token forwards (exact amounts) count as deposit forwards too; default true.</summary>
    public bool IncludeTokens { get; init; } = true;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or window below 1.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxForwardBlocks, 1, nameof(MaxForwardBlocks));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDepositAddresses, 1, nameof(MinDepositAddresses));
    }
}
