using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>The parameters a case actually ran with (the case file's, after defaults and any overrides).</summary>
public sealed record CaseParameters
{
    /// <summary>Taint policy.</summary>
    public required CasePolicy Policy { get; init; }

    /// <summary>Trace direction.</summary>
    public required CaseDirection Direction { get; init; }

    /// <summary>Hop limit.</summary>
    public required int MaxHops { get; init; }

    /// <summary>Smallest amount followed, base units of the chain's coin.</summary>
    public BigInteger MinAmount { get; init; }

    /// <summary>Window start (inclusive), or null.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Window end (exclusive), or null.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Categories the trace stops at.</summary>
    public IReadOnlyList<string> StopAtCategories { get; init; } = [];

    /// <summary>Tag files as the case file names them.</summary>
    public IReadOnlyList<string> TagSources { get; init; } = [];

    /// <summary>Any further settings of the run (name → value as text), exported sorted by name. Default empty.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The parameters a case file states.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static CaseParameters FromDefinition(CaseDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new CaseParameters
        {
            Policy = definition.Policy,
            Direction = definition.Direction,
            MaxHops = definition.MaxHops,
            MinAmount = definition.MinAmount,
            From = definition.From,
            To = definition.To,
            StopAtCategories = definition.StopAtCategories,
            TagSources = definition.TagSources,
        };
    }
}
