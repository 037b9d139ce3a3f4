using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Cases;

/// <summary>
/// An investigation as its case file states it: what to trace (seeds), on which chain, and how (policy, direction,
/// hop limit, minimum amount, time window, categories to stop at, tag files), with where the facts come from.
/// Read one with <see cref="CaseDefinitionReader"/>; the format is described in the reader's documentation.
/// </summary>
public sealed record CaseDefinition
{
    /// <summary>The hop limit when the case file gives none: 5.</summary>
    public const int DefaultMaxHops = 5;

    /// <summary>A short title for the report, e.g. <c>WannaCry ransom payments</c>. Required.</summary>
    public required string Title { get; init; }

    /// <summary>What the case is about, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Who wrote the case file (TagPack <c>creator</c>), or null.</summary>
    public string? Creator { get; init; }

    /// <summary>The chain family. Required.</summary>
    public required ChainKind Chain { get; init; }

    /// <summary>The network, e.g. <c>mainnet</c>, <c>testnet</c>, <c>regtest</c>. Default <c>mainnet</c>.</summary>
    public string Network { get; init; } = "mainnet";

    /// <summary>The starting points, in case-file order; at least one.</summary>
    public required IReadOnlyList<CaseSeed> Seeds { get; init; }

    /// <summary>The taint policy. Required in a case file.</summary>
    public required CasePolicy Policy { get; init; }

    /// <summary>Trace direction. Default <see cref="CaseDirection.Forward"/>.</summary>
    public CaseDirection Direction { get; init; } = CaseDirection.Forward;

    /// <summary>Most transactions to follow away from a seed (≥ 1). Default <see cref="DefaultMaxHops"/>.</summary>
    public int MaxHops { get; init; } = DefaultMaxHops;

    /// <summary>Smallest tainted amount still followed, in base units (satoshi, wei). Default 0 (follow everything).</summary>
    public BigInteger MinAmount { get; init; }

    /// <summary>Start of the time window (inclusive, block time), or null for no lower bound.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>
    /// End of the time window (exclusive, block time), or null for no upper bound. A date-only <c>to</c> in a case
    /// file means the end of that day, i.e. the next midnight UTC.
    /// </summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Categories (e.g. <c>exchange</c>) where a trace stops: funds that reach them are exits. Default none.</summary>
    public IReadOnlyList<string> StopAtCategories { get; init; } = [];

    /// <summary>Tag files (TagPack YAML) as written in the case file: paths relative to the case file. Default none.</summary>
    public IReadOnlyList<string> TagSources { get; init; } = [];

    /// <summary>Where the case's facts come from (alerts, reports, URLs): free text, or null.</summary>
    public string? Source { get; init; }

    /// <summary>When the case file was last changed as its author states it (TagPack <c>lastmod</c>), or null.</summary>
    public string? LastModified { get; init; }

    /// <summary>The case file this was read from (as the caller named it), or null when parsed from text.</summary>
    public string? FilePath { get; init; }

    /// <summary>The folder that relative <see cref="TagSources"/> are resolved against, or null when unknown.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The full paths of <see cref="TagSources"/>, resolved against <see cref="BaseDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">There are tag sources but no base directory (parsed from text).</exception>
    public IReadOnlyList<string> ResolveTagSources()
    {
        if (TagSources.Count == 0)
        {
            return [];
        }

        var baseDirectory = BaseDirectory ?? throw new InvalidOperationException(
            "The case definition has no base directory; tag sources cannot be resolved.");
        return [.. TagSources.Select(source => Path.GetFullPath(Path.Combine(baseDirectory, source)))];
    }
}
