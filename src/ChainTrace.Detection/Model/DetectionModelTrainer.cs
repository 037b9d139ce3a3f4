using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ChainTrace.Detection;

/// <summary>
/// Trains a <see cref="DetectionModel"/>: a gradient-boosted tree classifier (ML.NET LightGBM or FastTree) whose raw
/// score is mapped to a probability by a Platt (sigmoid) calibrator fitted on the training rows. Seeded and
/// single-threaded, so the same rows, labels and options give identical scores.
/// </summary>
public static class DetectionModelTrainer
{
    /// <summary>Trains on the given rows of <paramref name="features"/>.</summary>
    /// <param name="features">The feature matrix (e.g. from <see cref="AddressFeatureExtractor"/>).</param>
    /// <param name="rows">The training rows.</param>
    /// <param name="labels">The label of each training row (true = positive), parallel to <paramref name="rows"/>.</param>
    /// <param name="options">Settings; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <returns>The trained model, with the training time.</returns>
    /// <exception cref="ArgumentException">Rows and labels differ in length, or one class is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options or a row out of range.</exception>
    public static DetectionModel Train(FeatureMatrix features, IReadOnlyList<int> rows, IReadOnlyList<bool> labels, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= TrainingOptions.Default;
        options.Validate();
        if (rows.Count != labels.Count)
        {
            throw new ArgumentException($"{rows.Count} rows but {labels.Count} labels.", nameof(labels));
        }

        if (!labels.Contains(true) || !labels.Contains(false))
        {
            throw new ArgumentException("Training needs both positive and negative rows.", nameof(labels));
        }

        foreach (var row in rows)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row, nameof(rows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, features.RowCount, nameof(rows));
        }

        var clock = Stopwatch.StartNew();
        var context = new MLContext(options.Seed);
        var data = new FeatureMatrixDataView(features, rows, labels);
        var transformer = options.Trainer switch
        {
            DetectionTrainer.FastTree => (ITransformer)context.BinaryClassification.Trainers.FastTree(FastTreeOptions(options)).Fit(data),
            _ => context.BinaryClassification.Trainers.LightGbm(LightGbmOptions(options, PositiveWeight(labels, options))).Fit(data),
        };
        clock.Stop();
        return new DetectionModel(context, transformer, data.Schema, features.Names, options.Threshold, options.Trainer, options.Seed, rows.Count, clock.Elapsed);
    }

    /// <summary>
    /// Extracts the address features of <paramref name="data"/>'s graph and trains on its labels: the
    /// <see cref="DatasetSplit.Train"/> ones when any label carries a split, otherwise all of them.
    /// </summary>
    /// <param name="data">The labelled graph (e.g. from <see cref="AddressLabelFile"/> or <see cref="XBlockPhishingDataset"/>).</param>
    /// <param name="portable">True (default) to leave out the absolute dates (<see cref="AddressFeatureNames.Portable"/>).</param>
    /// <param name="options">Training settings; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <param name="featureOptions">Feature settings; <see cref="AddressFeatureOptions.Default"/> when null. Scoring must use the same.</param>
    /// <exception cref="ArgumentException">The training labels lack a class.</exception>
    public static DetectionModel Train(LabelledGraph data, bool portable = true, TrainingOptions? options = null, AddressFeatureOptions? featureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var features = AddressFeatureExtractor.Extract(data.Graph, featureOptions, null, data.TransferMultiplicity);
        if (portable)
        {
            features = features.SelectColumns(AddressFeatureNames.Portable(features.Names));
        }

        var labels = data.Labels.Any(l => l.Split != DatasetSplit.None) ? data.On(DatasetSplit.Train) : data.Labels;
        return Train(features, labels.Select(l => l.Address).ToList(), labels.Select(l => l.IsPositive).ToList(), options);
    }

    private static double PositiveWeight(IReadOnlyList<bool> labels, TrainingOptions options)
    {
        if (!options.BalanceClasses)
        {
            return 1;
        }

        var positives = labels.Count(l => l);
        return (double)(labels.Count - positives) / positives;
    }

    private static LightGbmBinaryTrainer.Options LightGbmOptions(TrainingOptions o, double positiveWeight) => new()
    {
        WeightOfPositiveExamples = positiveWeight,
        LabelColumnName = FeatureMatrixDataView.LabelColumn,
        FeatureColumnName = FeatureMatrixDataView.FeaturesColumn,
        NumberOfIterations = o.NumberOfTrees,
        NumberOfLeaves = o.NumberOfLeaves,
        MinimumExampleCountPerLeaf = o.MinimumExampleCountPerLeaf,
        LearningRate = o.LearningRate,
        Seed = o.Seed,
        Deterministic = true,
        NumberOfThreads = 1,
        Silent = true,
        Verbose = false,
        Booster = new GradientBooster.Options { FeatureFraction = o.FeatureFraction },
    };

    private static FastTreeBinaryTrainer.Options FastTreeOptions(TrainingOptions o) => new()
    {
        LabelColumnName = FeatureMatrixDataView.LabelColumn,
        FeatureColumnName = FeatureMatrixDataView.FeaturesColumn,
        NumberOfTrees = o.NumberOfTrees,
        NumberOfLeaves = o.NumberOfLeaves,
        MinimumExampleCountPerLeaf = o.MinimumExampleCountPerLeaf,
        LearningRate = o.LearningRate,
        FeatureFraction = o.FeatureFraction,
        Seed = o.Seed,
        NumberOfThreads = 1,
    };
}
