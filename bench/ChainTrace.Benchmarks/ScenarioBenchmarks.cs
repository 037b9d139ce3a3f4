using BenchmarkDotNet.Attributes;
using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Generation of the Bitcoin ground-truth scenario (blk files, answer key, TagPack) for 10,000 and 100,000
/// transactions, on one core. Divide Transactions by the mean for transactions per second; the whole-run figures for
/// 1 M and 10 M transactions come from <see cref="ScenarioThroughput"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScenarioBenchmarks
{
    private string _directory = string.Empty;

    /// <summary>Chain size in transactions.</summary>
    [Params(10_000, 100_000)]
    public int Transactions { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _directory = Path.Combine(Path.GetTempPath(), "chaintrace-bench-scenario-" + Guid.NewGuid().ToString("N"));

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>One whole generation into a temp folder (overwritten each time).</summary>
    [Benchmark]
    public long Generate() =>
        new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = _directory,
            Transactions = Transactions,
            Overwrite = true,
        }).GenerateAsync().GetAwaiter().GetResult().Transactions;
}
