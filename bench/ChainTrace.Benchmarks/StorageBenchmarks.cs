using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChainTrace.Core;
using ChainTrace.Core.Rows;
using ChainTrace.Storage;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Dataset writes and reads: committing a typical Bitcoin batch of 100,000 outputs (about 18 MB of column data: txid
/// hex, height, vout, type, address, value, script hex) per codec, and reading it back as rows through DuckDB.
/// Each write iteration commits into a fresh dataset with durable (fsync) writes, as an ingest does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class StorageBenchmarks
{
    private const int OutputCount = 100_000;
    private const int Blocks = 40;

    private readonly BitcoinRowBatch _batch = new();
    private string _root = string.Empty;
    private string _readRoot = string.Empty;
    private Dataset? _dataset;

    /// <summary>The part file codec.</summary>
    [Params(PartCompression.Zstd, PartCompression.Snappy, PartCompression.None)]
    public PartCompression Compression { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var random = new Random(42);
        string[] types = ["pubkeyhash", "witness_v0_keyhash", "scripthash", "witness_v1_taproot", "nulldata"];
        var perBlock = OutputCount / Blocks;
        for (var block = 0; block < Blocks; block++)
        {
            for (var o = 0; o < perBlock;)
            {
                var txid = RandomHash(random);
                var outputs = random.Next(1, 4);
                for (var vout = 0; vout < outputs && o < perBlock; vout++, o++)
                {
                    var type = types[random.Next(types.Length)];
                    var isData = type == "nulldata";
                    _batch.Outputs.Add(new BitcoinOutputRow(
                        txid,
                        block,
                        vout,
                        type,
                        isData ? null : "bc1q" + RandomHex(random, 19),
                        isData ? 0 : random.NextInt64(546, 10_000_000_000),
                        isData ? "6a24" + RandomHex(random, 36) : "0014" + RandomHex(random, 20)));
                }
            }
        }

        _readRoot = NewRoot();
        using var dataset = Dataset.OpenOrCreate(_readRoot, ChainKind.Bitcoin, "main");
        dataset.CommitAsync(_batch, Checkpoint).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(CommitOutputs))]
    public void CreateDataset()
    {
        _root = NewRoot();
        _dataset = Dataset.OpenOrCreate(_root, ChainKind.Bitcoin, "main", options: new DatasetOptions { Compression = Compression });
    }

    [IterationCleanup(Target = nameof(CommitOutputs))]
    public void DeleteDataset()
    {
        _dataset?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Directory.Delete(_readRoot, recursive: true);

    /// <summary>One commit of 100,000 outputs: columns from arrays, one part file, fsync, rename, checkpoint.</summary>
    [Benchmark]
    public Task CommitOutputs() => _dataset!.CommitAsync(_batch, Checkpoint);

    /// <summary>Reads the 100,000 outputs back as typed rows through a DuckDB view (Zstd part).</summary>
    [Benchmark]
    public int ReadOutputs()
    {
        using var query = DatasetQuery.Open(_readRoot);
        return query.Read(BitcoinTables.Outputs).Count();
    }

    private static DatasetCheckpoint Checkpoint => new(0, Blocks - 1, "tip");

    private static string NewRoot() =>
        Path.Combine(Path.GetTempPath(), "chaintrace-bench-" + Guid.NewGuid().ToString("N"));

    private static Hash256 RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        random.NextBytes(bytes);
        return new Hash256(bytes);
    }

    private static string RandomHex(Random random, int bytes)
    {
        var buffer = new byte[bytes];
        random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }
}
