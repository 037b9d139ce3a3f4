namespace ChainTrace.Graph.Clustering;

/// <summary>A transaction a CoinJoin detector recognised, with the detector's name and the facts it matched.</summary>
/// <param name="Transaction">The transaction node id.</param>
/// <param name="Detector">The detector's <see cref="ICoinJoinDetector.Name"/>.</param>
/// <param name="Kind">A mixing round (excluded from multi-input merging) or a single-owner TX0.</param>
/// <param name="Participants">
/// Estimated participants: the equal-output count for equal-output schemes, the premix count for a TX0, the input count
/// (an upper bound) for Wasabi 2.0 rounds.
/// </param>
/// <param name="Denomination">The equal output value in base units (the pool or base denomination), or 0 when there is none.</param>
/// <param name="Reason">The matched facts in one sentence, for reports and <c>--why</c> output.</param>
public sealed record CoinJoinDetection(int Transaction, string Detector, CoinJoinKind Kind, int Participants, ulong Denomination, string Reason);
