namespace ChainTrace.Graph.Paths;

/// <summary>A hop found by a search, in path order, before it is dressed as a <see cref="PathHop"/>.</summary>
internal readonly record struct HopLink(int From, int To, int Transaction, bool Reversed);
