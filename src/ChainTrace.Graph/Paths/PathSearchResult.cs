namespace ChainTrace.Graph.Paths;

/// <summary>The paths an enumeration found.</summary>
/// <param name="Paths">The paths, in search order (earlier first hops first).</param>
/// <param name="Truncated">True when more paths exist than the cap allowed; <paramref name="Paths"/> then holds exactly the cap.</param>
public sealed record PathSearchResult(IReadOnlyList<FlowPath> Paths, bool Truncated);
