namespace ChainTrace.Graph.Tracing;

/// <summary>Why tainted value stops being followed, and so where it is reported.</summary>
public enum TraceExitKind
{
    /// <summary>It reached an address whose label's category is a stop category (an exchange, a mixer, …).</summary>
    Tagged,

    /// <summary>It left the seeds' clusters (with <see cref="TraceOptions.StopAtClusterBoundary"/>).</summary>
    ClusterBoundary,

    /// <summary>It rests there now: an unspent output, or a balance still held at the end of the graph.</summary>
    Unspent,

    /// <summary>Following it further would exceed <see cref="TraceOptions.MaxHops"/>.</summary>
    HopLimit,

    /// <summary>It moved after <see cref="TraceOptions.ToTime"/> (or before FromTime, backward).</summary>
    TimeWindow,

    /// <summary>The amount is below <see cref="TraceOptions.MinAmount"/>.</summary>
    BelowMinimum,

    /// <summary>It went to an output without an address (OP_RETURN, nonstandard script).</summary>
    Unspendable,

    /// <summary>Backward: it was newly mined (a coinbase).</summary>
    Mined,

    /// <summary>Backward: its origin lies outside the loaded graph (earlier blocks, genesis allocation, unknown funding).</summary>
    OutsideGraph,
}
