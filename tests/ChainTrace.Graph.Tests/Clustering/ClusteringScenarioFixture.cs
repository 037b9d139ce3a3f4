using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph.Clustering;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>
/// The generated ground-truth scenario (seed 1, 3,000 transactions) generated, ingested and loaded once for the
/// clustering tests, with its answer key and the wallet fingerprints.
/// </summary>
public sealed class ClusteringScenarioFixture : IAsyncLifetime, IDisposable
{
    public const long Seed = 1;

    public const long TransactionCount = 3_000;

    private readonly TempDirectory _directory = new();

    public string DatasetPath => Path.Combine(_directory.Path, "dataset");

    public FlowGraph Graph { get; private set; } = null!;

    public TransactionFingerprints Fingerprints { get; private set; } = null!;

    public IReadOnlyList<AnswerKeyAddress> Addresses { get; private set; } = [];

    public IReadOnlyList<AnswerKeyTransaction> Transactions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> EntityOf { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = Path.Combine(_directory.Path, "scenario"),
            Seed = Seed,
            Transactions = TransactionCount,
        }).GenerateAsync();
        await new BitcoinIngestor(new BlocksDirectorySource(summary.BlocksDirectory)).RunAsync(DatasetPath);
        Graph = FlowGraphLoader.Load(DatasetPath).Graph;
        Fingerprints = TransactionFingerprints.Load(DatasetPath, Graph);
        var scenario = Path.Combine(_directory.Path, "scenario");
        Addresses = await AnswerKeyReader.ReadAddressesAsync(scenario).ToListAsync();
        Transactions = await AnswerKeyReader.ReadTransactionsAsync(scenario).ToListAsync();
        EntityOf = Addresses.Select(a => KeyValuePair.Create(a.Address, a.EntityId)).ToList();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ClusteringScenarioGroup : ICollectionFixture<ClusteringScenarioFixture>
{
    public const string Name = "clustering scenario";
}
