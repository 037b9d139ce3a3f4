namespace ChainTrace.Detection.Tests;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Compute_KnownScores_ExactCountsAndRatios()
    {
        float[] scores = [0.9f, 0.8f, 0.4f, 0.3f, 0.6f, 0.1f];
        bool[] labels = [true, true, true, false, false, false];
        var m = ClassificationMetrics.Compute(scores, labels);
        Assert.Equal((2, 1, 2, 1), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
        Assert.Equal(4.0 / 6, m.Accuracy, 12);
        Assert.Equal(2.0 / 3, m.Precision, 12);
        Assert.Equal(2.0 / 3, m.Recall, 12);
        Assert.Equal(2.0 / 3, m.F1, 12);
        Assert.Equal(8.0 / 9, m.Auc, 12);
    }

    [Fact]
    public void AreaUnderCurve_TiesCountHalf() =>
        Assert.Equal(0.5, ClassificationMetrics.AreaUnderCurve([0.5f, 0.5f], [true, false]), 12);

    [Fact]
    public void AreaUnderCurve_OneClass_NaN() => Assert.True(double.IsNaN(ClassificationMetrics.AreaUnderCurve([0.5f], [true])));

    [Fact]
    public void StratifiedFolds_SameSeed_SameBalancedFolds()
    {
        var labels = Enumerable.Range(0, 100).Select(i => i < 30).ToArray();
        var a = CrossValidation.StratifiedFolds(labels, 5, 3);
        Assert.Equal(a, CrossValidation.StratifiedFolds(labels, 5, 3));
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(6, Enumerable.Range(0, 100).Count(i => a[i] == k && labels[i]));
            Assert.Equal(14, Enumerable.Range(0, 100).Count(i => a[i] == k && !labels[i]));
        }
    }
}
