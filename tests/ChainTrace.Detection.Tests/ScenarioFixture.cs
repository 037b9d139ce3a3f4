namespace ChainTrace.Detection.Tests;

/// <summary>
/// Two generated chains with answer keys, ingested and loaded as flow graphs: seed 11 trains the scenario model, seed 12
/// is what detectors and the model are measured on (10,000 transactions, 100 ransomware victims each).
/// </summary>
public sealed class ScenarioFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    public ScenarioChain Train { get; private set; } = null!;

    public ScenarioChain Test { get; private set; } = null!;

    /// <summary>The ransom-versus-users model trained on <see cref="Train"/> (portable features, balanced classes, seed 42).</summary>
    public DetectionModel RansomModel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Train = await ScenarioChain.CreateAsync(_directory.Sub("train"), 11);
        Test = await ScenarioChain.CreateAsync(_directory.Sub("test"), 12);
        var features = AddressFeatureExtractor.Extract(Train.Graph);
        var (rows, labels) = Train.RansomVersusUsers();
        RansomModel = DetectionModelTrainer.Train(
            features.SelectColumns(AddressFeatureNames.Portable(features.Names)), rows, labels, TrainingOptions.Default with { BalanceClasses = true });
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ScenarioGroup : ICollectionFixture<ScenarioFixture>
{
    public const string Name = "detection scenario";
}
