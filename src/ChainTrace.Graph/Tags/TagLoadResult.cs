namespace ChainTrace.Graph.Tags;

/// <summary>
/// The tags read from one or more files, with every problem found on the way. The tags keep file order, and within a
/// file line order; diagnostics are ordered by file, then line.
/// </summary>
public sealed record TagLoadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="tags">The tags that loaded.</param>
    /// <param name="diagnostics">Problems found, including the reasons for every dropped entry.</param>
    /// <param name="files">One summary per file read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TagLoadResult(IReadOnlyList<AddressTag> tags, IReadOnlyList<TagDiagnostic> diagnostics, IReadOnlyList<TagFileSummary> files)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(files);
        Tags = tags;
        Diagnostics = diagnostics;
        Files = files;
    }

    /// <summary>The tags that loaded.</summary>
    public IReadOnlyList<AddressTag> Tags { get; }

    /// <summary>Problems found, including the reason for every entry that did not load.</summary>
    public IReadOnlyList<TagDiagnostic> Diagnostics { get; }

    /// <summary>One summary per file read, in the order the tags are in.</summary>
    public IReadOnlyList<TagFileSummary> Files { get; }

    /// <summary>Entries read from all files, whether they loaded or not.</summary>
    public int EntryCount => Files.Sum(f => f.Entries);

    /// <summary>Diagnostics with <see cref="TagSeverity.Error"/> (entries that did not load, unreadable files).</summary>
    public IEnumerable<TagDiagnostic> Errors => Diagnostics.Where(d => d.Severity == TagSeverity.Error);

    /// <summary>Puts several results together (e.g. TagPacks, OFAC lists and the darklist), keeping their order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static TagLoadResult Combine(params IEnumerable<TagLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return new TagLoadResult(
            [.. list.SelectMany(r => r.Tags)],
            [.. list.SelectMany(r => r.Diagnostics)],
            [.. list.SelectMany(r => r.Files)]);
    }
}
