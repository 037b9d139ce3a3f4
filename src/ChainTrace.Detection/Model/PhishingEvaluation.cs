using System.Diagnostics;

namespace ChainTrace.Detection;

/// <summary>
/// The measurements behind the README's accuracy table, on real Ethereum phishing labels: the XBlock graph with the
/// study's own train/test split, and the 1,262 labelled phishing accounts' transaction lists with seeded stratified
/// cross-validation. Features are extracted over the whole graph without labels (transductive); labels are used only
/// to fit and to measure.
/// </summary>
public static class PhishingEvaluation
{
    /// <summary>Loads XBlock from <paramref name="directory"/>, trains on <c>is_train</c> and measures on <c>is_test</c>.</summary>
    /// <param name="directory">The folder with the XBlock CSV files (<c>ml/eth-phishing</c>).</param>
    /// <param name="portable">True (default) to leave out the absolute dates (<see cref="AddressFeatureNames.Portable"/>).</param>
    /// <param name="options">Training settings; defaults when null.</param>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="Core.ChainDataException">A file does not parse.</exception>
    public static EvaluationResult XBlock(string directory, bool portable = true, TrainingOptions? options = null)
    {
        var data = XBlockPhishingDataset.Load(directory);
        return TrainTest(data, portable, options);
    }

    /// <summary>Trains on the <see cref="DatasetSplit.Train"/> labels of <paramref name="data"/> and measures on <see cref="DatasetSplit.Test"/>.</summary>
    /// <param name="data">The labelled graph.</param>
    /// <param name="portable">True (default) to leave out the absolute dates.</param>
    /// <param name="options">Training settings; defaults when null.</param>
    /// <param name="features">The graph's address features when already extracted (default options); null to extract them.</param>
    /// <exception cref="ArgumentException">The data has no train or no test labels of both classes.</exception>
    public static EvaluationResult TrainTest(LabelledGraph data, bool portable = true, TrainingOptions? options = null, FeatureMatrix? features = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= TrainingOptions.Default;
        var clock = Stopwatch.StartNew();
        features = Select(features ?? AddressFeatureExtractor.Extract(data.Graph, transferMultiplicity: data.TransferMultiplicity), portable);
        var featureTime = clock.Elapsed;
        var train = data.On(DatasetSplit.Train);
        var test = data.On(DatasetSplit.Test);
        var model = DetectionModelTrainer.Train(features, train.Select(l => l.Address).ToList(), train.Select(l => l.IsPositive).ToList(), options);
        var scores = model.Score(features, test.Select(l => l.Address).ToList());
        var metrics = ClassificationMetrics.Compute(scores, test.Select(l => l.IsPositive).ToList(), options.Threshold);
        return new EvaluationResult(
            $"train/test split, {(portable ? "portable" : "all")} features", metrics, train.Count, features.ColumnCount, featureTime, model.TrainingTime, model);
    }

    /// <summary>
    /// Loads the phishing accounts' transaction lists from <paramref name="directory"/> and measures by seeded
    /// stratified <paramref name="folds"/>-fold cross-validation over all labelled accounts.
    /// </summary>
    /// <param name="directory">The <c>ml/eth-phishing/original_copy</c> folder.</param>
    /// <param name="folds">Number of folds; default 5.</param>
    /// <param name="seed">Seed of the fold assignment; default 7.</param>
    /// <param name="portable">True (default) to leave out the absolute dates.</param>
    /// <param name="options">Training settings; defaults when null.</param>
    /// <exception cref="FileNotFoundException">The address list is missing.</exception>
    /// <exception cref="DirectoryNotFoundException">A list folder is missing.</exception>
    /// <exception cref="Core.ChainDataException">A file does not parse.</exception>
    public static EvaluationResult PhishingAccounts(string directory, int folds = 5, int seed = 7, bool portable = true, TrainingOptions? options = null)
    {
        var data = PhishingAccountsDataset.Load(directory);
        return CrossValidate(data, folds, seed, portable, options);
    }

    /// <summary>Measures <paramref name="data"/> by seeded stratified cross-validation over all its labels.</summary>
    /// <param name="data">The labelled graph.</param>
    /// <param name="folds">Number of folds; default 5.</param>
    /// <param name="seed">Seed of the fold assignment; default 7.</param>
    /// <param name="portable">True (default) to leave out the absolute dates.</param>
    /// <param name="options">Training settings; defaults when null.</param>
    /// <param name="features">The graph's address features when already extracted (default options); null to extract them.</param>
    public static EvaluationResult CrossValidate(
        LabelledGraph data, int folds = 5, int seed = 7, bool portable = true, TrainingOptions? options = null, FeatureMatrix? features = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= TrainingOptions.Default;
        var clock = Stopwatch.StartNew();
        features = Select(features ?? AddressFeatureExtractor.Extract(data.Graph, transferMultiplicity: data.TransferMultiplicity), portable);
        var featureTime = clock.Elapsed;
        clock.Restart();
        var rows = data.Labels.Select(l => l.Address).ToList();
        var (_, metrics) = CrossValidation.Run(features, rows, data.Labels.Select(l => l.IsPositive).ToList(), folds, seed, options);
        return new EvaluationResult(
            $"{folds}-fold cross-validation (seed {seed}), {(portable ? "portable" : "all")} features",
            metrics,
            rows.Count * (folds - 1) / folds,
            features.ColumnCount,
            featureTime,
            clock.Elapsed,
            null);
    }

    private static FeatureMatrix Select(FeatureMatrix features, bool portable) =>
        portable ? features.SelectColumns(AddressFeatureNames.Portable(features.Names)) : features;
}
