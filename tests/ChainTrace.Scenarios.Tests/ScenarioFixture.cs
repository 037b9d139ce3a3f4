using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Tests;

/// <summary>
/// One small obfuscated scenario (1,000 transactions, seed 7) generated once for the collection, with its answer key
/// and the chain as our parser reads it.
/// </summary>
public sealed class ScenarioFixture : IAsyncLifetime, IDisposable
{
    public const long TransactionCount = 1_000;

    private readonly TempDirectory _directory = new();

    public string Directory => _directory.Path;

    public BitcoinScenarioSummary Summary { get; private set; } = null!;

    public BitcoinAnswerKey AnswerKey { get; private set; } = null!;

    public IReadOnlyList<AnswerKeyAddress> Addresses { get; private set; } = [];

    public IReadOnlyList<AnswerKeyTransaction> Transactions { get; private set; } = [];

    public ParsedChain Chain { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new BitcoinScenarioOptions
        {
            OutputDirectory = _directory.Path,
            Seed = 7,
            Transactions = TransactionCount,
            Obfuscate = true,
        };
        Summary = await new BitcoinScenarioGenerator(options).GenerateAsync();
        AnswerKey = await AnswerKeyReader.LoadAsync(Directory);
        Addresses = await AnswerKeyReader.ReadAddressesAsync(Directory).ToListAsync();
        Transactions = await AnswerKeyReader.ReadTransactionsAsync(Directory).ToListAsync();
        Chain = await ParsedChain.ReadAsync(Summary.BlocksDirectory);
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
    public const string Name = "generated scenario";
}
