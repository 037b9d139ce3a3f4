namespace ChainTrace.Graph.Clustering;

/// <summary>What a CoinJoin detector recognised.</summary>
public enum CoinJoinKind
{
    /// <summary>A mixing round: inputs of several owners; common-input ownership does not hold, so it is not merged.</summary>
    Round = 0,

    /// <summary>
    /// A Whirlpool TX0 (premix): one owner splits coins into premix outputs. Single-owner, so multi-input merging stays
    /// on; reported so that an investigator sees where coins entered the mixer.
    /// </summary>
    Tx0 = 1,
}
