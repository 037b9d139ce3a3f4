using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Graph.Tests.Tracing;

/// <summary>A generated ransomware scenario, ingested and loaded as a flow graph once for a test collection.</summary>
public sealed class ScenarioGraphFixture : IAsyncLifetime, IDisposable
{
    public const long TransactionCount = 4_000;

    private readonly TempDirectory _directory = new();

    public string ScenarioDirectory => _directory.Combine("scenario");

    public string DatasetPath => _directory.Combine("dataset");

    public BitcoinAnswerKey AnswerKey { get; private set; } = null!;

    public IReadOnlyList<AnswerKeyAddress> Addresses { get; private set; } = [];

    public IReadOnlyList<AnswerKeyTransaction> Transactions { get; private set; } = [];

    public FlowGraphLoad Load { get; private set; } = null!;

    public FlowGraph Graph => Load.Graph;

    public async Task InitializeAsync()
    {
        var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions { OutputDirectory = ScenarioDirectory, Seed = 7, Transactions = TransactionCount }).GenerateAsync();
        await new BitcoinIngestor(new BlocksDirectorySource(summary.BlocksDirectory)).RunAsync(DatasetPath);
        AnswerKey = await AnswerKeyReader.LoadAsync(ScenarioDirectory);
        Addresses = await AnswerKeyReader.ReadAddressesAsync(ScenarioDirectory).ToListAsync();
        Transactions = await AnswerKeyReader.ReadTransactionsAsync(ScenarioDirectory).ToListAsync();
        Load = FlowGraphLoader.Load(DatasetPath);
    }

    /// <summary>Labels every exchange-owned address (hot wallets and deposit addresses) with category exchange.</summary>
    public AddressLabels ExchangeLabels() =>
        new(Addresses.Where(a => a.EntityType == EntityTypes.Exchange)
            .Select(a => new KeyValuePair<string, AddressLabel>(a.Address, new AddressLabel(a.EntityId, "exchange", "answer key"))));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ScenarioGraphGroup : ICollectionFixture<ScenarioGraphFixture>
{
    public const string Name = "scenario graph";
}
