namespace ChainTrace.Graph.Clustering;

/// <summary>What a clustering run did, for reports and benchmarks.</summary>
/// <param name="Transactions">Transaction nodes in the graph.</param>
/// <param name="InputsProcessed">Input legs the multi-input pass looked at (its throughput measure).</param>
/// <param name="MultiInputMerges">Merges by common-input ownership.</param>
/// <param name="ChangeMerges">Merges by change heuristics.</param>
/// <param name="DepositMerges">Merges of deposit addresses with hot wallets.</param>
/// <param name="AirdropMerges">Merges of airdrop recipients with collectors.</param>
/// <param name="CoinJoinRounds">Transactions recognised as CoinJoin rounds.</param>
/// <param name="Tx0s">Transactions recognised as Whirlpool TX0s.</param>
/// <param name="ChangeConflicts">Transactions where enabled change heuristics named different outputs (not merged).</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record ClusteringStatistics(
    int Transactions,
    long InputsProcessed,
    int MultiInputMerges,
    int ChangeMerges,
    int DepositMerges,
    int AirdropMerges,
    int CoinJoinRounds,
    int Tx0s,
    int ChangeConflicts,
    TimeSpan Elapsed);
