namespace ChainTrace.Graph.Tracing;

/// <summary>How a trace runs. Validated when a trace starts (<see cref="TaintTracer"/>).</summary>
public sealed record TraceOptions
{
    /// <summary>The categories at which the trace stops by default: exchanges, mixers and CoinJoin coordinators, services.</summary>
    public static IReadOnlySet<string> DefaultStopCategories { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "exchange", "mixing_service", "mixer", "coinjoin", "payment_processor", "gambling", "market", "defi_bridge",
    };

    /// <summary>The taint policy; default <see cref="TaintPolicy.Haircut"/>.</summary>
    public TaintPolicy Policy { get; init; } = TaintPolicy.Haircut;

    /// <summary>Forward (where did it go) or backward (where did it come from); default forward.</summary>
    public TraceDirection Direction { get; init; } = TraceDirection.Forward;

    /// <summary>Most transactions followed from a seed; default 50. Taint that would need more hops is an exit of kind HopLimit.</summary>
    public int MaxHops { get; init; } = 50;

    /// <summary>Taint amounts below this (base units) are not followed further (an exit of kind BelowMinimum); default 1.</summary>
    public UInt128 MinAmount { get; init; } = 1;

    /// <summary>Transactions before this time are not followed; default none.</summary>
    public DateTimeOffset? FromTime { get; init; }

    /// <summary>Transactions after this time are not followed (an exit of kind TimeWindow); default none.</summary>
    public DateTimeOffset? ToTime { get; init; }

    /// <summary>Labels of addresses (tags); default none.</summary>
    public IAddressLabels Labels { get; init; } = AddressLabels.None;

    /// <summary>Categories whose addresses end the trace (the money reached that entity); default <see cref="DefaultStopCategories"/>.</summary>
    public IReadOnlySet<string> StopCategories { get; init; } = DefaultStopCategories;

    /// <summary>
    /// Cluster id per address id (from clustering); when set with <see cref="StopAtClusterBoundary"/>, the trace stops
    /// where money leaves the seeds' clusters. Default null.
    /// </summary>
    public IReadOnlyList<int>? ClusterOf { get; init; }

    /// <summary>Stop where money leaves the seeds' clusters (needs <see cref="ClusterOf"/>); default false.</summary>
    public bool StopAtClusterBoundary { get; init; }

    /// <summary>Only these assets (names from <see cref="FlowGraph.Assets"/>); default null (all).</summary>
    public IReadOnlySet<string>? Assets { get; init; }

    /// <summary>Checks the options against a graph.</summary>
    /// <exception cref="ArgumentException">A limit is out of range, or clusters are asked for without cluster ids.</exception>
    public void Validate(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (MaxHops is < 1 or > 10_000)
        {
            throw new ArgumentException($"MaxHops must be between 1 and 10,000; it is {MaxHops}.");
        }

        if (FromTime is { } from && ToTime is { } to && to < from)
        {
            throw new ArgumentException($"The time window {from:O}..{to:O} is inverted.");
        }

        if (StopAtClusterBoundary && (ClusterOf is null || ClusterOf.Count != graph.Addresses.Count))
        {
            throw new ArgumentException("StopAtClusterBoundary needs ClusterOf with one cluster id per address of the graph.");
        }

        if (Assets is not null && !Assets.Any(graph.Assets.Contains))
        {
            throw new ArgumentException($"None of the assets {string.Join(", ", Assets)} is in the graph.");
        }
    }
}
