namespace ChainTrace.Cases;

/// <summary>Options of <see cref="CaseBundleWriter"/>.</summary>
public sealed record CaseBundleOptions
{
    /// <summary>The default of <see cref="MaxDrawnNodes"/>: 200.</summary>
    public const int DefaultMaxDrawnNodes = 200;

    /// <summary>
    /// Most nodes the report's drawing shows (seeds first, then exits, then by tainted amount); the report says when
    /// the graph was cut. The GraphML, GEXF and CSV files always hold the whole graph. Default 200; at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxDrawnNodes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxDrawnNodes;

    /// <summary>
    /// Whether an existing bundle in the output folder may be replaced. Default false: the folder must be absent or
    /// empty. When true the folder must be absent, empty, or hold a <c>manifest.json</c> (a previous bundle); the
    /// files of a bundle are then replaced and any other file is left (and will show as extra in verify).
    /// </summary>
    public bool Overwrite { get; init; }
}
