namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The wallet-software fingerprint of a transaction: its version, its lock-time style and its sequence style. Two
/// transactions of one wallet have the same fingerprint; the change heuristic
/// <see cref="ClusteringHeuristic.ChangeFingerprint"/> compares the fingerprint of a transaction with those of the
/// transactions that spend its outputs.
/// </summary>
/// <param name="Version">The transaction version (1 or 2 for nearly every wallet).</param>
/// <param name="LockTime">The lock-time style.</param>
/// <param name="Sequence">The sequence style.</param>
public readonly record struct WalletFingerprint(int Version, LockTimeStyle LockTime, SequenceStyle Sequence)
{
    /// <summary>Blocks below the transaction's own block that still count as anti-fee-sniping: 100 (Core picks up to 99 back, rarely).</summary>
    public const int AntiFeeSnipingWindow = 100;

    /// <summary>Derives the fingerprint from raw fields.</summary>
    /// <param name="version">nVersion.</param>
    /// <param name="lockTime">nLockTime.</param>
    /// <param name="minSequence">The smallest input nSequence.</param>
    /// <param name="maxSequence">The largest input nSequence.</param>
    /// <param name="block">Height of the block holding the transaction.</param>
    public static WalletFingerprint Of(int version, long lockTime, long minSequence, long maxSequence, long block)
    {
        var lockStyle = lockTime switch
        {
            0 => LockTimeStyle.None,
            >= 500_000_000 => LockTimeStyle.Time,
            _ when lockTime < block && block - lockTime <= AntiFeeSnipingWindow => LockTimeStyle.NearTip,
            _ => LockTimeStyle.OtherHeight,
        };
        var sequence = minSequence != maxSequence ? SequenceStyle.Mixed
            : minSequence == 0xffffffff ? SequenceStyle.Final
            : minSequence == 0xfffffffe ? SequenceStyle.NonFinal
            : SequenceStyle.ReplaceByFee;
        return new WalletFingerprint(version, lockStyle, sequence);
    }
}
