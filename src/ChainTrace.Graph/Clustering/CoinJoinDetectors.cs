namespace ChainTrace.Graph.Clustering;

/// <summary>The built-in CoinJoin detectors and the scan that runs them over a graph.</summary>
public static class CoinJoinDetectors
{
    /// <summary>
    /// The default detectors in the order they run (first match wins): Whirlpool (mixes and TX0s), Wasabi 1.x,
    /// Wasabi 2.0, JoinMarket, then the generic equal-output rule.
    /// </summary>
    public static IReadOnlyList<ICoinJoinDetector> Default { get; } =
        [new WhirlpoolDetector(), new Wasabi1Detector(), new Wasabi2Detector(), new JoinMarketDetector(), new GenericEqualOutputDetector()];

    /// <summary>
    /// Runs <paramref name="detectors"/> over every UTXO transaction of <paramref name="graph"/> that has at least one
    /// input and two outputs. Account-chain graphs have no CoinJoins in this sense and give an empty scan.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="detectors">The detectors in order; default <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Checked every 65,536 transactions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static CoinJoinScan Scan(FlowGraph graph, IReadOnlyList<ICoinJoinDetector>? detectors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        detectors ??= Default;
        var found = new List<CoinJoinDetection>();
        if (graph.Chain != Core.ChainKind.Bitcoin || detectors.Count == 0)
        {
            return new CoinJoinScan(graph.TransactionCount, found);
        }

        var shape = new TransactionShape(graph);
        for (var tx = 0; tx < graph.TransactionCount; tx++)
        {
            if ((tx & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var inputs = graph.InputsOf(tx);
            var outputs = graph.OutputsOf(tx);
            if (inputs.End.Value - inputs.Start.Value < 1 || outputs.End.Value - outputs.Start.Value < 2)
            {
                continue;
            }

            shape.Load(tx);
            foreach (var detector in detectors)
            {
                if (detector.Detect(shape) is { } detection)
                {
                    found.Add(detection);
                    break;
                }
            }
        }

        return new CoinJoinScan(graph.TransactionCount, found);
    }
}
