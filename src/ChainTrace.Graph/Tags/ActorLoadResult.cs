namespace ChainTrace.Graph.Tags;

/// <summary>The actors read from ActorPacks, with the problems found.</summary>
/// <param name="Actors">The actors that loaded, in file order.</param>
/// <param name="Diagnostics">Problems found (actors without id, repeated ids, unknown fields).</param>
public sealed record ActorLoadResult(IReadOnlyList<TagActor> Actors, IReadOnlyList<TagDiagnostic> Diagnostics);
