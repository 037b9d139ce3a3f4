namespace ChainTrace.Graph.Tags;

/// <summary>A real-world actor from a GraphSense ActorPack (e.g. binance), to which tags refer by <see cref="Id"/>.</summary>
public sealed record TagActor
{
    /// <summary>The actor id tags use in their <c>actor</c> field.</summary>
    public required string Id { get; init; }

    /// <summary>The actor's display name.</summary>
    public required string Label { get; init; }

    /// <summary>The actor's categories (GraphSense taxonomy, e.g. exchange, defi_dex); empty when none.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The actor's web address, if given.</summary>
    public string? Uri { get; init; }

    /// <summary>Jurisdictions (country codes) the actor operates in; empty when none.</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>Other ids the actor is known by; empty when none.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The ActorPack file the actor comes from.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of the actor's entry.</summary>
    public int Line { get; init; }
}
