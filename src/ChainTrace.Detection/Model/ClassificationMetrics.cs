using System.Globalization;

namespace ChainTrace.Detection;

/// <summary>Binary classification figures at one threshold, plus the threshold-free AUC.</summary>
/// <param name="TruePositives">Positives scored at or above the threshold.</param>
/// <param name="FalsePositives">Negatives scored at or above the threshold.</param>
/// <param name="TrueNegatives">Negatives scored below the threshold.</param>
/// <param name="FalseNegatives">Positives scored below the threshold.</param>
/// <param name="Auc">Area under the ROC curve (ties count half); NaN when one class is absent.</param>
public sealed record ClassificationMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives, double Auc)
{
    /// <summary>Number of rows measured.</summary>
    public int Count => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Share of rows classified correctly (NaN for no rows).</summary>
    public double Accuracy => Count == 0 ? double.NaN : (double)(TruePositives + TrueNegatives) / Count;

    /// <summary>Share of predicted positives that are positive (NaN when nothing was predicted positive).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of positives predicted positive (NaN when there are no positives).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall (NaN when either is undefined or both are zero).</summary>
    public double F1 => Precision + Recall is var sum && sum > 0 ? 2 * Precision * Recall / sum : double.NaN;

    /// <summary>Measures <paramref name="scores"/> against <paramref name="labels"/> at <paramref name="threshold"/>.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static ClassificationMetrics Compute(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, float threshold = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {labels.Count} labels.", nameof(labels));
        }

        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (labels[i])
            {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            }
            else
            {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }

        return new ClassificationMetrics(tp, fp, tn, fn, AreaUnderCurve(scores, labels));
    }

    /// <summary>The ROC AUC of <paramref name="scores"/> (Mann–Whitney statistic, ties half); NaN when a class is absent.</summary>
    public static double AreaUnderCurve(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        long positives = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var rank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += rank;
                    positives++;
                }
            }

            i = j + 1;
        }

        long negatives = order.Length - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>Renders e.g. <c>accuracy 0.8539 precision … (TP 120 FP 10 TN 108 FN 29)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"accuracy {Accuracy:F4} precision {Precision:F4} recall {Recall:F4} F1 {F1:F4} AUC {Auc:F4} (TP {TruePositives} FP {FalsePositives} TN {TrueNegatives} FN {FalseNegatives})");
}
