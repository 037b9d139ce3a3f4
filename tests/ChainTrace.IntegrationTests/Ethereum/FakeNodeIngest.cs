using ChainTrace.Core;
using ChainTrace.Ingest;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.Storage;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>Runs an Ethereum ingest from a loopback node into a dataset folder, with test-friendly retry timings.</summary>
public static class FakeNodeIngest
{
    public static EthereumIngestOptions Options(string url, long? to = null, int confirmations = 0, int commitBlocks = 10) => new()
    {
        RpcUrl = url,
        To = to,
        Confirmations = confirmations,
        BatchSize = 4,
        CommitBlocks = commitBlocks,
        MaxRetries = 3,
        InitialBackoff = TimeSpan.FromMilliseconds(5),
        Timeout = TimeSpan.FromMilliseconds(250),
    };

    public static async Task<EthereumIngestSummary> RunAsync(
        string path, EthereumIngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var dataset = await Dataset.OpenOrCreateAsync(path, ChainKind.Ethereum, "fake", options: new DatasetOptions { Durable = false }, cancellationToken: cancellationToken);
        return await new EthereumIngestor(options).RunAsync(dataset, progress, cancellationToken);
    }
}
