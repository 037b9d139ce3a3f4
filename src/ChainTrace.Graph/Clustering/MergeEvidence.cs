namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Why two addresses were joined: one edge of the evidence forest. Only merges that joined two different clusters are
/// kept, so the edges of one cluster form a spanning tree of it and any two of its addresses have exactly one chain of
/// evidence between them.
/// </summary>
/// <param name="AddressA">One address id (for a change merge: an input address of the transaction).</param>
/// <param name="AddressB">The other address id (for a change merge: the change address).</param>
/// <param name="Transaction">The transaction node that supplied the evidence.</param>
/// <param name="Heuristics">The heuristic(s) that made the link (several when change heuristics agreed).</param>
/// <param name="Confidence">Confidence in the link, 0…1: 1 for multi-input; for change, 1 − Π(1 − cᵢ) over the agreeing heuristics.</param>
public readonly record struct MergeEvidence(int AddressA, int AddressB, int Transaction, ClusteringHeuristic Heuristics, double Confidence);
