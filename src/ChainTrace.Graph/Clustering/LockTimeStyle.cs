namespace ChainTrace.Graph.Clustering;

/// <summary>How a transaction sets nLockTime, as a wallet fingerprint component.</summary>
public enum LockTimeStyle
{
    /// <summary>nLockTime 0.</summary>
    None = 0,

    /// <summary>A block height at most <see cref="WalletFingerprint.AntiFeeSnipingWindow"/> blocks below the transaction's block (anti-fee-sniping, as Bitcoin Core sets it).</summary>
    NearTip,

    /// <summary>Another block height.</summary>
    OtherHeight,

    /// <summary>A Unix time (≥ 500,000,000).</summary>
    Time,
}
