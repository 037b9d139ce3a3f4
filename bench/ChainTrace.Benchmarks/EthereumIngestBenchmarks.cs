using BenchmarkDotNet.Attributes;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.Storage;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Ethereum ingest against a local Anvil node with a few hundred blocks of traffic: the raw batched
/// <c>eth_getBlockByNumber</c> (full transactions, 20 blocks per batch, 4 requests in flight, answers parsed) as the
/// baseline, versus the full ingest (blocks + receipts + traces decoded and committed to a dataset). Blocks/s is
/// <c>Blocks / Mean</c>; the Ratio column is the time ratio (full / raw), so throughput ratio = 1 / Ratio.
/// Run: <c>dotnet run -c Release --project bench/ChainTrace.Benchmarks -- --filter *EthereumIngest* --inProcess</c>
/// (in-process: the node is started once per run, and no separate benchmark project is built).
/// </summary>
public class EthereumIngestBenchmarks
{
    private EthereumAnvilNode _node = null!;
    private long _tip;
    private string _dataset = string.Empty;

    [Params(300)]
    public int Blocks { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _node = await EthereumAnvilNode.StartAsync();
        await _node.FillAsync(Blocks);
        _tip = await _node.Rpc.CallAsync(new JsonRpcRequest("eth_blockNumber", "[]"), r => (long)EthHex.ParseQuantity(r.GetString()));
    }

    [GlobalCleanup]
    public void Cleanup() => _node.Dispose();

    [IterationSetup]
    public void NewDataset() => _dataset = Path.Combine(Path.GetTempPath(), "chaintrace-bench-eth-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup]
    public void DeleteDataset()
    {
        if (Directory.Exists(_dataset))
        {
            Directory.Delete(_dataset, recursive: true);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawBlocks()
    {
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = _node.Url, MaxConcurrency = 4 });
        var windows = new List<Task<int[]>>();
        for (long from = 0; from <= _tip; from += 20)
        {
            var count = (int)Math.Min(20, _tip - from + 1);
            var start = from;
            windows.Add(client.BatchAsync(
                [.. Enumerable.Range(0, count).Select(i => JsonRpcRequest.Create("eth_getBlockByNumber", EthHex.FormatQuantity(start + i), true))],
                (_, r) => r.Result.GetProperty("transactions").GetArrayLength()));
        }

        var transactions = 0;
        foreach (var window in await Task.WhenAll(windows))
        {
            transactions += window.Sum();
        }

        return transactions;
    }

    [Benchmark]
    public async Task<long> FullIngest()
    {
        using var dataset = Dataset.OpenOrCreate(_dataset, ChainKind.Ethereum, "anvil");
        var summary = await new EthereumIngestor(new EthereumIngestOptions { RpcUrl = _node.Url, Confirmations = 0 }).RunAsync(dataset);
        return summary.Transactions;
    }
}
