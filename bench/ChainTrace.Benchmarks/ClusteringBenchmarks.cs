using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Graph;
using ChainTrace.Graph.Clustering;
using ChainTrace.Graph.Loading;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Address clustering on the generated Bitcoin scenario (seed 1): bare union-find over every transaction's inputs, the
/// default run (CoinJoin scan + multi-input + evidence), and the run with every change heuristic. The scenario is
/// generated and ingested once into <c>$TMP/chaintrace-bench-clustering-N</c> (kept for later runs); the setup writes
/// the graph's sizes to <c>stats.json</c> there, which <see cref="ClusteringThroughputColumn"/> turns into M inputs/s
/// and the bytes the clustering holds. Run: <c>dotnet run -c Release --project bench/ChainTrace.Benchmarks -- --filter *Clustering*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[Config(typeof(ClusteringBenchmarkConfig))]
public class ClusteringBenchmarks
{
    private FlowGraph _graph = null!;
    private TransactionFingerprints _fingerprints = null!;

    /// <summary>Scenario size in transactions.</summary>
    [Params(150_000)]
    public int Transactions { get; set; }

    /// <summary>The folder holding the scenario, its dataset and stats.json for <paramref name="transactions"/>.</summary>
    public static string Folder(int transactions) =>
        Path.Combine(Path.GetTempPath(), FormattableString.Invariant($"chaintrace-bench-clustering-{transactions}"));

    [GlobalSetup]
    public void Setup()
    {
        var folder = Folder(Transactions);
        var dataset = Path.Combine(folder, "dataset");
        if (!File.Exists(Path.Combine(dataset, "dataset.json")))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var summary = new BitcoinScenarioGenerator(new BitcoinScenarioOptions
            {
                OutputDirectory = Path.Combine(folder, "scenario"),
                Seed = 1,
                Transactions = Transactions,
            }).GenerateAsync().GetAwaiter().GetResult();
            new BitcoinIngestor(new BlocksDirectorySource(summary.BlocksDirectory)).RunAsync(dataset).GetAwaiter().GetResult();
        }

        _graph = FlowGraphLoader.Load(dataset).Graph;
        _fingerprints = TransactionFingerprints.Load(dataset, _graph);
        var result = AddressClusterer.Run(_graph);
        var stats = new ClusteringBenchmarkStats(
            _graph.TransactionCount, _graph.InputCount, result.Statistics.InputsProcessed, _graph.Addresses.Count,
            _graph.ArrayBytes, result.ArrayBytes, new UnionFind(_graph.Addresses.Count).ArrayBytes, result.Evidence.Count);
        File.WriteAllText(Path.Combine(folder, "stats.json"), JsonSerializer.Serialize(stats));
    }

    /// <summary>Union-find alone: every transaction's input addresses joined with its first (no CoinJoin scan, no evidence).</summary>
    [Benchmark]
    public int UnionFindInputs()
    {
        var sets = new UnionFind(_graph.Addresses.Count);
        for (var tx = 0; tx < _graph.TransactionCount; tx++)
        {
            var inputs = _graph.InputsOf(tx);
            var first = -1;
            for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
            {
                var address = _graph.Input(leg).Address;
                if (address < 0)
                {
                    continue;
                }

                if (first < 0)
                {
                    first = address;
                }
                else
                {
                    sets.Union(first, address);
                }
            }
        }

        return sets.SetCount;
    }

    /// <summary>The default clustering: CoinJoin scan, multi-input with rounds excluded, evidence kept, cluster ids.</summary>
    [Benchmark]
    public int ClusterDefault() => AddressClusterer.Run(_graph).ClusterCount;

    /// <summary>The default clustering plus all six change heuristics.</summary>
    [Benchmark]
    public int ClusterAllChange() =>
        AddressClusterer.Run(_graph, new ClusteringOptions { ChangeHeuristics = ClusteringHeuristic.AllChange, Fingerprints = _fingerprints }).ClusterCount;
}
