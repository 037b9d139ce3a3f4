using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>The built-in pattern detectors and a scan that runs a set of them.</summary>
public static class PatternDetectors
{
    /// <summary>
    /// Every built-in detector with default thresholds: peeling chains, structuring, fan-in, rapid pass-through,
    /// CoinJoin participation, round-tripping, and mixer participation when <paramref name="mixerAddresses"/> is given.
    /// </summary>
    /// <param name="mixerAddresses">Known mixer addresses (text as stored), or null to leave mixer participation out.</param>
    public static IReadOnlyList<IPatternDetector> Default(IEnumerable<string>? mixerAddresses = null)
    {
        var detectors = new List<IPatternDetector>
        {
            new PeelingChainDetector(),
            new StructuringDetector(),
            new FanInDetector(),
            new RapidPassThroughDetector(),
            new CoinJoinParticipationDetector(),
            new RoundTrippingDetector(),
        };
        if (mixerAddresses is not null)
        {
            detectors.Add(new MixerParticipationDetector(mixerAddresses));
        }

        return detectors;
    }

    /// <summary>Runs <paramref name="detectors"/> over <paramref name="graph"/> in order; flags in detector order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<PatternFlag> Scan(FlowGraph graph, IReadOnlyList<IPatternDetector> detectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(detectors);
        var flags = new List<PatternFlag>();
        foreach (var detector in detectors)
        {
            flags.AddRange(detector.Detect(graph, cancellationToken));
        }

        return flags;
    }
}
