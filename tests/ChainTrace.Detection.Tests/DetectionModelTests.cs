namespace ChainTrace.Detection.Tests;

public sealed class DetectionModelTests
{
    private static readonly (FeatureMatrix Features, List<int> Rows, List<bool> Labels) Data = Make();

    [Fact]
    public void Train_Twice_IdenticalScores()
    {
        var first = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels).Score(Data.Features);
        var second = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels).Score(Data.Features);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_SignalFeature_SeparatesAndIsTopContribution()
    {
        var model = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels);
        var scores = model.Score(Data.Features);
        var metrics = ClassificationMetrics.Compute(scores, Data.Labels);
        Assert.True(metrics.Auc > 0.95, metrics.ToString());
        var positive = Enumerable.Range(0, Data.Labels.Count).First(i => Data.Labels[i] && scores[i] > 0.9);
        var top = Assert.Single(model.Explain(Data.Features, [positive], top: 1));
        Assert.Equal("signal", Assert.Single(top).Feature);
        Assert.Equal(Data.Features[positive, "signal"], top[0].Value);
        Assert.True(top[0].Contribution > 0);
    }

    [Fact]
    public void SaveLoad_SameScoresNamesAndExplanations()
    {
        var model = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels, TrainingOptions.Default with { Seed = 9, Threshold = 0.4f });
        using var dir = new TempDirectory();
        var path = dir.Sub("model.zip");
        model.Save(path);
        var loaded = DetectionModel.Load(path);
        Assert.Equal(model.Score(Data.Features), loaded.Score(Data.Features));
        Assert.Equal(model.FeatureNames, loaded.FeatureNames);
        Assert.Equal(0.4f, loaded.Threshold);
        Assert.Equal(9, loaded.Seed);
        Assert.Equal(Data.Rows.Count, loaded.TrainingRows);
        Assert.Equal(model.Explain(Data.Features, [0, 1]), loaded.Explain(Data.Features, [0, 1]));
    }

    [Fact]
    public void Score_MatrixWithExtraAndReorderedColumns_SelectsByName()
    {
        var model = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels);
        var wider = new FeatureMatrix(["extra", "noise", "signal"], Data.Features.RowCount);
        for (var r = 0; r < wider.RowCount; r++)
        {
            wider[r, 1] = Data.Features[r, "noise"];
            wider[r, 2] = Data.Features[r, "signal"];
        }

        Assert.Equal(model.Score(Data.Features), model.Score(wider));
        Assert.Throws<KeyNotFoundException>(() => model.Score(new FeatureMatrix(["signal"], 1)));
    }

    [Fact]
    public void Train_FastTree_IdenticalTwiceAndExplains()
    {
        var options = TrainingOptions.Default with { Trainer = DetectionTrainer.FastTree, NumberOfTrees = 50 };
        var model = DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels, options);
        Assert.Equal(model.Score(Data.Features), DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels, options).Score(Data.Features));
        Assert.NotEmpty(model.Explain(Data.Features, [0])[0]);
        Assert.Equal(DetectionTrainer.FastTree, model.Trainer);
    }

    [Fact]
    public void Train_OneClass_Throws() =>
        Assert.Throws<ArgumentException>(() => DetectionModelTrainer.Train(Data.Features, [0, 1], [true, true]));

    [Fact]
    public void Train_BadOptions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DetectionModelTrainer.Train(Data.Features, Data.Rows, Data.Labels, TrainingOptions.Default with { LearningRate = 0 }));

    [Fact]
    public void Load_NotAModel_InvalidDataNamingFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Sub("bad.zip");
        File.WriteAllText(path, "not a zip");
        var error = Assert.Throws<InvalidDataException>(() => DetectionModel.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossValidation_SignalData_EveryRowScoredOnce()
    {
        var (scores, metrics) = CrossValidation.Run(Data.Features, Data.Rows, Data.Labels, 4, 1, TrainingOptions.Default with { NumberOfTrees = 50 });
        Assert.Equal(Data.Rows.Count, scores.Length);
        Assert.Equal(Data.Rows.Count, metrics.Count);
        Assert.True(metrics.Accuracy > 0.85, metrics.ToString());
    }

    private static (FeatureMatrix, List<int>, List<bool>) Make()
    {
        var random = new Random(5);
        var m = new FeatureMatrix(["signal", "noise"], 400);
        var labels = new List<bool>();
        for (var i = 0; i < 400; i++)
        {
            var positive = i % 2 == 0;
            m[i, 0] = (float)((positive ? 1.0 : 0.0) + (random.NextDouble() * 0.8));
            m[i, 1] = (float)random.NextDouble();
            labels.Add(positive);
        }

        return (m, Enumerable.Range(0, 400).ToList(), labels);
    }
}
