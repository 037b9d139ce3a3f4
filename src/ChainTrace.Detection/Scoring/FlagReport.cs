namespace ChainTrace.Detection;

/// <summary>What <see cref="FlagScorer.Score"/> produced, with the time each stage took.</summary>
/// <param name="Rows">The <c>flags</c> rows, by descending score, then address.</param>
/// <param name="Scores">The model score of every address (index = address id).</param>
/// <param name="PatternFlags">Every pattern flag found, in detector order.</param>
/// <param name="FeatureTime">Feature extraction time.</param>
/// <param name="ScoringTime">Model scoring time (all addresses).</param>
/// <param name="PatternTime">Pattern detection time.</param>
/// <param name="ExplainTime">Time to explain the flagged addresses and assemble the rows.</param>
public sealed record FlagReport(
    IReadOnlyList<FlagRow> Rows,
    IReadOnlyList<float> Scores,
    IReadOnlyList<PatternFlag> PatternFlags,
    TimeSpan FeatureTime,
    TimeSpan ScoringTime,
    TimeSpan PatternTime,
    TimeSpan ExplainTime);
