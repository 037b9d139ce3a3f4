using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Finds one laundering pattern in a flow graph from chain data alone. Implementations are stateless and
/// deterministic (the same graph gives the same flags in the same order); their thresholds are documented options.
/// </summary>
public interface IPatternDetector
{
    /// <summary>The pattern it finds (one of <see cref="PatternNames"/>).</summary>
    string Pattern { get; }

    /// <summary>Scans <paramref name="graph"/> and returns its flags, each with evidence.</summary>
    /// <param name="graph">The graph to scan.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default);
}
