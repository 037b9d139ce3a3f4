namespace ChainTrace.Graph.Clustering;

/// <summary>One change heuristic's verdict on one transaction: which output it takes for the spender's change.</summary>
/// <param name="Transaction">The transaction node id.</param>
/// <param name="OutputLeg">The output leg the heuristic names as change.</param>
/// <param name="Heuristic">The heuristic (a single change bit of <see cref="ClusteringHeuristic"/>).</param>
/// <param name="Confidence">The heuristic's confidence, 0…1 (see <see cref="ChangeHeuristics"/>).</param>
/// <param name="Merged">
/// True when the change address was joined to the inputs' cluster: every enabled heuristic with a verdict named this
/// output, and their combined confidence reached <see cref="ClusteringOptions.MinChangeConfidence"/>.
/// </param>
public readonly record struct ChangeEvidence(int Transaction, int OutputLeg, ClusteringHeuristic Heuristic, double Confidence, bool Merged);
