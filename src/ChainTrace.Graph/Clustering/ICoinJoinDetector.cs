namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Recognises one CoinJoin implementation from chain data alone (values, counts, script types, order). Detectors run
/// in a fixed order and the first match wins, so a Whirlpool TX0 recognised first is not flagged as a round by a
/// more generic detector. Implementations must be stateless (one instance may serve several runs at once).
/// </summary>
public interface ICoinJoinDetector
{
    /// <summary>The detector's name as it appears in evidence, e.g. <c>whirlpool</c>.</summary>
    string Name { get; }

    /// <summary>Looks at one transaction; returns the detection, or null when it does not match.</summary>
    /// <param name="shape">The transaction's facts (valid only during the call).</param>
    CoinJoinDetection? Detect(TransactionShape shape);
}
