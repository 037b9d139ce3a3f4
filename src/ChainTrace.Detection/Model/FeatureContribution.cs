namespace ChainTrace.Detection;

/// <summary>One feature's part in a model score: its value for the subject and how much it pushed the score.</summary>
/// <param name="Feature">The feature name (see <see cref="AddressFeatureNames"/>).</param>
/// <param name="Value">The subject's value of the feature.</param>
/// <param name="Contribution">The feature's contribution to the raw (uncalibrated) tree-ensemble score; positive raises it.</param>
public sealed record FeatureContribution(string Feature, float Value, float Contribution);
