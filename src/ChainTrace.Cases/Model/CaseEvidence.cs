namespace ChainTrace.Cases;

/// <summary>One piece of evidence behind a flag: a transaction or a feature value.</summary>
/// <param name="Kind">What kind of evidence (e.g. <c>peel_chain</c>, <c>feature</c>).</param>
/// <param name="Reference">A transaction id or a feature name.</param>
/// <param name="Value">The observed value as text (e.g. <c>7 hops</c>, <c>0.93</c>).</param>
public sealed record CaseEvidence(string Kind, string Reference, string Value);
