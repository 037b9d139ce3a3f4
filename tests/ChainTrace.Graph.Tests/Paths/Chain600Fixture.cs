using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>
/// Mainnet blocks 0–599 (shared/data/bitcoin/blk) ingested once into a temporary dataset and loaded as a flow graph,
/// for the path and adapter tests. Null graph when the shared data is absent (the tests are then skipped).
/// </summary>
public sealed class Chain600Fixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    public FlowGraph Graph { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!SharedData.IsAvailable)
        {
            return;
        }

        var dataset = _directory.Sub("btc-0-599.ds");
        await new BitcoinIngestor(new BlocksDirectorySource(SharedData.PathOf("bitcoin/blk"))).RunAsync(dataset);
        Graph = FlowGraphLoader.Load(dataset).Graph;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>The id of an address that must be in the graph.</summary>
    public int Id(string address) => Graph.Addresses.TryGetId(address, out var id) ? id : throw new KeyNotFoundException(address);
}

[CollectionDefinition(Name)]
public sealed class Chain600PathsGroup : ICollectionFixture<Chain600Fixture>
{
    public const string Name = "blocks 0-599 flow graph (paths and adapters)";
}
