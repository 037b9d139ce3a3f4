using System.Globalization;

namespace ChainTrace.Detection;

/// <summary>One measured evaluation of a detection model on labelled data.</summary>
/// <param name="Name">What was evaluated, e.g. <c>xblock test split, portable features</c>.</param>
/// <param name="Metrics">The figures on the held-out rows (or pooled out-of-fold rows).</param>
/// <param name="TrainingRows">Rows the (last) model was trained on.</param>
/// <param name="FeatureCount">Features the model read.</param>
/// <param name="FeatureTime">Time to extract the features of the whole graph.</param>
/// <param name="TrainingTime">Total training time (all folds for cross-validation).</param>
/// <param name="Model">The trained model (the train-split model; null for cross-validation).</param>
public sealed record EvaluationResult(
    string Name,
    ClassificationMetrics Metrics,
    int TrainingRows,
    int FeatureCount,
    TimeSpan FeatureTime,
    TimeSpan TrainingTime,
    DetectionModel? Model)
{
    /// <summary>Renders the name, the metrics and the times.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Metrics}; {FeatureCount} features, {TrainingRows} training rows, features {FeatureTime.TotalSeconds:F2} s, training {TrainingTime.TotalSeconds:F2} s");
}
