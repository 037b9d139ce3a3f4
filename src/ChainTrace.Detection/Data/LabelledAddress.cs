namespace ChainTrace.Detection;

/// <summary>An address of a graph with a ground-truth label.</summary>
/// <param name="Address">The address id in the graph.</param>
/// <param name="IsPositive">True for the class the model looks for (phishing, ransom).</param>
/// <param name="Split">The side of the source's own train/test split, or <see cref="DatasetSplit.None"/>.</param>
public readonly record struct LabelledAddress(int Address, bool IsPositive, DatasetSplit Split);
