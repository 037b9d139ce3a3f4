namespace ChainTrace.Detection;

/// <summary>
/// Seeded stratified k-fold cross-validation: every labelled row is scored once by a model that did not see it, and
/// the pooled out-of-fold scores are measured together.
/// </summary>
public static class CrossValidation
{
    /// <summary>Assigns each row a fold 0…<paramref name="folds"/>-1, stratified by label, reproducibly for a seed.</summary>
    /// <param name="labels">The row labels.</param>
    /// <param name="folds">Number of folds; at least 2.</param>
    /// <param name="seed">Shuffle seed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is below 2.</exception>
    public static int[] StratifiedFolds(IReadOnlyList<bool> labels, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var fold = new int[labels.Count];
        foreach (var cls in new[] { true, false })
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == cls).ToArray();
            random.Shuffle(members);
            for (var k = 0; k < members.Length; k++)
            {
                fold[members[k]] = k % folds;
            }
        }

        return fold;
    }

    /// <summary>
    /// Trains one model per fold on the other folds and scores the held-out fold; returns the out-of-fold scores
    /// (parallel to <paramref name="rows"/>) and their metrics at the options' threshold.
    /// </summary>
    /// <param name="features">The feature matrix.</param>
    /// <param name="rows">The labelled rows.</param>
    /// <param name="labels">Their labels.</param>
    /// <param name="folds">Number of folds; at least 2.</param>
    /// <param name="seed">Seed of the fold assignment.</param>
    /// <param name="options">Training settings; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">Rows and labels differ in length, or a fold's training part lacks a class.</exception>
    public static (float[] Scores, ClassificationMetrics Metrics) Run(
        FeatureMatrix features, IReadOnlyList<int> rows, IReadOnlyList<bool> labels, int folds, int seed, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count != labels.Count)
        {
            throw new ArgumentException($"{rows.Count} rows but {labels.Count} labels.", nameof(labels));
        }

        options ??= TrainingOptions.Default;
        var fold = StratifiedFolds(labels, folds, seed);
        var scores = new float[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var trainIdx = Enumerable.Range(0, rows.Count).Where(i => fold[i] != k).ToList();
            var testIdx = Enumerable.Range(0, rows.Count).Where(i => fold[i] == k).ToList();
            var model = DetectionModelTrainer.Train(features, trainIdx.Select(i => rows[i]).ToList(), trainIdx.Select(i => labels[i]).ToList(), options);
            var foldScores = model.Score(features, testIdx.Select(i => rows[i]).ToList());
            for (var j = 0; j < testIdx.Count; j++)
            {
                scores[testIdx[j]] = foldScores[j];
            }
        }

        return (scores, ClassificationMetrics.Compute(scores, labels, options.Threshold));
    }
}
