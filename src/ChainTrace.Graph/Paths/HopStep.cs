namespace ChainTrace.Graph.Paths;

/// <summary>A hop found while expanding an address: the next address, the transaction, and whether the money went against the search.</summary>
internal readonly record struct HopStep(int To, int Transaction, bool Reversed);
