namespace ChainTrace.Graph.Tracing;

/// <summary>Which way a trace follows the money.</summary>
public enum TraceDirection
{
    /// <summary>Where did it go: from the seeds to later transactions.</summary>
    Forward,

    /// <summary>Where did it come from: from the seeds to earlier transactions.</summary>
    Backward,
}
