namespace ChainTrace.Graph.Clustering;

/// <summary>How a transaction sets its inputs' nSequence, as a wallet fingerprint component.</summary>
public enum SequenceStyle
{
    /// <summary>Every input 0xffffffff (final).</summary>
    Final = 0,

    /// <summary>Every input 0xfffffffe (lock time enabled, no replace-by-fee).</summary>
    NonFinal,

    /// <summary>Every input the same value below 0xfffffffe (signals replace-by-fee or relative lock time).</summary>
    ReplaceByFee,

    /// <summary>The inputs differ.</summary>
    Mixed,
}
