namespace ChainTrace.Graph.Paths;

/// <summary>What <see cref="PathFinder"/> searches for.</summary>
public sealed record PathOptions
{
    /// <summary>The largest hop count allowed.</summary>
    public const int MaxHopsLimit = 64;

    /// <summary>Longest path, in address-to-address hops (each hop is one transaction); 1 … 64, default 6.</summary>
    public int MaxHops { get; init; } = 6;

    /// <summary>Which way hops follow the money; default <see cref="PathDirection.Forward"/>.</summary>
    public PathDirection Direction { get; init; } = PathDirection.Forward;

    /// <summary>
    /// Default true: a path must be time-respecting — each next hop's transaction comes after the previous hop's in
    /// chain order (block, then position in the block), so block times never go backwards along the money's way
    /// (equal times within one block are allowed). Forward paths thus move forward in time; backward paths backward
    /// (the money still flows forward). False allows any order: a structural connection, not a possible flow.
    /// Not applied to <see cref="PathDirection.Undirected"/>.
    /// </summary>
    public bool TimeRespecting { get; init; } = true;

    /// <summary>
    /// Smallest amount a hop must move, in base units (satoshi, wei, token units): the transaction's outputs to the
    /// hop's receiving address, summed. Default 0 (no minimum).
    /// </summary>
    public UInt128 MinAmount { get; init; }

    /// <summary>Only hops through transactions in this asset (index into <see cref="FlowGraph.Assets"/>); default null, any asset.</summary>
    public int? Asset { get; init; }

    /// <summary>Checks the options against <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="MaxHops"/> is not 1 … 64, <see cref="Asset"/> is not an asset of
    /// the graph, or <see cref="Direction"/> is not a defined value.</exception>
    public void Validate(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (MaxHops is < 1 or > MaxHopsLimit)
        {
            throw new ArgumentException($"PathOptions.MaxHops is {MaxHops}; it must be 1 … {MaxHopsLimit}.");
        }

        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentException($"PathOptions.Direction {(int)Direction} is not a defined direction.");
        }

        if (Asset is { } asset && (asset < 0 || asset >= graph.Assets.Count))
        {
            throw new ArgumentException($"PathOptions.Asset {asset} is not an asset of the graph (0 … {graph.Assets.Count - 1}).");
        }
    }

    /// <summary>True when hops must be in time order: <see cref="TimeRespecting"/> and a directed search.</summary>
    internal bool OrdersTime => TimeRespecting && Direction != PathDirection.Undirected;
}
