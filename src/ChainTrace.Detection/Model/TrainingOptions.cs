namespace ChainTrace.Detection;

/// <summary>
/// Settings of <see cref="DetectionModelTrainer"/>. The defaults are the ones the README's figures were measured
/// with; training is single-threaded and seeded, so the same data and options give the same model.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>The default settings.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>The learner; default <see cref="DetectionTrainer.LightGbm"/>.</summary>
    public DetectionTrainer Trainer { get; init; } = DetectionTrainer.LightGbm;

    /// <summary>Seed of the ML.NET context and the learner; default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Boosting rounds (trees); default 300. At least 1.</summary>
    public int NumberOfTrees { get; init; } = 300;

    /// <summary>Leaves per tree; default 8. At least 2.</summary>
    public int NumberOfLeaves { get; init; } = 8;

    /// <summary>Fewest training rows in a leaf; default 5. At least 1.</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 5;

    /// <summary>Shrinkage per tree; default 0.03. In (0, 1].</summary>
    public double LearningRate { get; init; } = 0.03;

    /// <summary>Share of features each tree may use (LightGBM <c>feature_fraction</c>); default 0.7. In (0, 1].</summary>
    public double FeatureFraction { get; init; } = 0.7;

    /// <summary>
    /// When true, positive rows are weighted by negatives / positives of the training rows, so a rare class (a few
    /// ransom addresses among thousands of users) weighs as much as the common one; default false (LightGBM only).
    /// </summary>
    public bool BalanceClasses { get; init; }

    /// <summary>Score at or above which an address counts as positive; default 0.5. In [0, 1].</summary>
    public float Threshold { get; init; } = 0.5f;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(NumberOfTrees, 1, nameof(NumberOfTrees));
        ArgumentOutOfRangeException.ThrowIfLessThan(NumberOfLeaves, 2, nameof(NumberOfLeaves));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumExampleCountPerLeaf, 1, nameof(MinimumExampleCountPerLeaf));
        if (LearningRate is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must lie in (0, 1].");
        }

        if (FeatureFraction is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(FeatureFraction), FeatureFraction, "The feature fraction must lie in (0, 1].");
        }

        if (Threshold is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must lie in [0, 1].");
        }
    }
}
