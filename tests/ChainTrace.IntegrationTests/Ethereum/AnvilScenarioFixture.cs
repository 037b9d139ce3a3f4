using ChainTrace.Core;
using ChainTrace.Ethereum.Source;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.Storage;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>
/// Starts Anvil, plays <see cref="AnvilScenario"/> on it, and ingests the chain twice: with the trace source the
/// node offers (auto) and with geth-style traces forced, each into its own dataset. Stops Anvil at the end.
/// </summary>
public sealed class AnvilScenarioFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();

    public AnvilNode Node { get; } = new();

    public AnvilScenario Scenario { get; private set; } = null!;

    public string AutoDataset => _folder.Sub("auto");

    public string GethDataset => _folder.Sub("geth");

    public EthereumIngestSummary AutoSummary { get; private set; } = null!;

    public EthereumIngestSummary GethSummary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Node.InitializeAsync();
        Scenario = new AnvilScenario(Node.Rpc);
        await Scenario.RunAsync();
        AutoSummary = await IngestAsync(AutoDataset, TraceMode.Auto);
        GethSummary = await IngestAsync(GethDataset, TraceMode.Geth);
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _folder.Dispose();

    private async Task<EthereumIngestSummary> IngestAsync(string path, TraceMode traces)
    {
        using var dataset = Dataset.OpenOrCreate(path, ChainKind.Ethereum, "anvil");
        var ingestor = new EthereumIngestor(new EthereumIngestOptions { RpcUrl = Node.Url, Confirmations = 0, Traces = traces, BatchSize = 5 });
        return await ingestor.RunAsync(dataset);
    }
}
