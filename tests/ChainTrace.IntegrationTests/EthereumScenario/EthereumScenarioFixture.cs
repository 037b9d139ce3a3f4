using ChainTrace.Core;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.IntegrationTests.Ethereum;
using ChainTrace.Scenarios.Ethereum;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;
using ChainTrace.Storage;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.EthereumScenario;

/// <summary>
/// Starts a fresh Anvil (the shared <see cref="AnvilNode"/>), generates a small scenario on it, and ingests the whole
/// chain with <see cref="EthereumIngestor"/> (0 confirmations) into a temporary dataset. Stops Anvil at the end.
/// </summary>
public sealed class EthereumScenarioFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The seed every test here uses.</summary>
    public const long Seed = 7;

    private readonly TempDirectory _folder = new();

    public AnvilNode Node { get; } = new();

    public string ScenarioDirectory => _folder.Sub("scenario");

    public string Dataset => _folder.Sub("dataset");

    public EthereumScenarioSummary Summary { get; private set; } = null!;

    public EthereumAnswerKey Key { get; private set; } = null!;

    public string KeyJson { get; private set; } = string.Empty;

    public static EthereumScenarioOptions Options(string rpcUrl, string directory) =>
        new() { RpcUrl = rpcUrl, OutputDirectory = directory, Seed = Seed, Victims = 4, OrdinaryTransactions = 40 };

    public async Task InitializeAsync()
    {
        await Node.InitializeAsync();
        Summary = await new EthereumScenarioGenerator(Options(Node.Url, ScenarioDirectory)).GenerateAsync();
        KeyJson = await File.ReadAllTextAsync(Summary.AnswerKeyPath);
        Key = EthereumAnswerKeyJson.Deserialize(KeyJson);
        using var dataset = ChainTrace.Storage.Dataset.OpenOrCreate(Dataset, ChainKind.Ethereum, "anvil");
        await new EthereumIngestor(new EthereumIngestOptions { RpcUrl = Node.Url, Confirmations = 0, BatchSize = 5 }).RunAsync(dataset);
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _folder.Dispose();
}
