namespace ChainTrace.Graph.Clustering;

/// <summary>Pairwise precision and recall of a clustering against ground-truth entities.</summary>
/// <param name="Addresses">Addresses evaluated (in the graph and in the ground truth).</param>
/// <param name="PredictedPairs">Address pairs put in one cluster.</param>
/// <param name="TruePairs">Address pairs of one entity.</param>
/// <param name="CorrectPairs">Pairs in one cluster and of one entity.</param>
public sealed record PairwiseScore(long Addresses, long PredictedPairs, long TruePairs, long CorrectPairs)
{
    /// <summary>CorrectPairs / PredictedPairs; 1 when no pair was predicted (nothing claimed, nothing wrong).</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>CorrectPairs / TruePairs; 1 when the truth has no pair.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
