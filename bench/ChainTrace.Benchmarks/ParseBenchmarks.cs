using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Parsing;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Bitcoin parsing throughput: bytes of a serialized block to rows with txids, wtxids, merkle check and addresses, on
/// the real segwit-era blocks of ../shared/data (1–2.3 MB each). The MB/s column is block bytes over mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class ParseBenchmarks
{
    /// <summary>The segwit-era blocks, relative to shared/data/bitcoin/blocks (a property: [ParamsSource] needs one).</summary>
    public static IReadOnlyList<string> BlockFiles { get; } =
    [
        "block-0000000000000000001602407ac49862a7bca9d00f7f402db20b7be2f5de59d2.blk",
        "block-00000000000000000021868c2cefc52a480d173c849412fe81c4e5ab806f94ab.blk",
        "mainnet_block_000000000000000000000c835b2adcaedc20fdf6ee440009c249452c726dafae.raw",
        "0000000000000000000593310d3b0cdc082af49f38b8a1611239072aef8433a8.hex",
        "000000000000000000050f70113ab1932c195442cb49bcc4ee4d7f426c8a3295.hex",
        "00000000000000000008513c860373da0484f065983aeb063ebf81c172e81d48.hex",
    ];

    private byte[] _block = [];

    /// <summary>The block file under test.</summary>
    [ParamsSource(nameof(BlockFiles))]
    public string Block { get; set; } = BlockFiles[0];

    [GlobalSetup]
    public void Setup()
    {
        _block = LoadBlock(Block);
    }

    /// <summary>Full parse: rows, hashes, merkle check, addresses.</summary>
    [Benchmark(Baseline = true)]
    public int Parse() => BlockParser.Parse(_block, 1, BitcoinNetwork.Main, default).Outputs.Count;

    /// <summary>Structure only (transaction boundaries), for comparison.</summary>
    [Benchmark]
    public int Scan() => BlockParser.Scan(_block, default).TransactionCount;

    /// <summary>The bytes of a block file as a serialized block (hex text decoded; raw files as they are).</summary>
    public static byte[] LoadBlock(string file)
    {
        var path = Path.Combine(FindSharedData(), "bitcoin", "blocks", file);
        return file.EndsWith(".hex", StringComparison.Ordinal)
            ? Convert.FromHexString(File.ReadAllText(path).Trim())
            : File.ReadAllBytes(path);
    }

    /// <summary>Finds shared/data by walking up from the binaries (or CHAINTRACE_SHARED_DATA), as the tests do.</summary>
    private static string FindSharedData()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHAINTRACE_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data was not found above " + AppContext.BaseDirectory + "; set CHAINTRACE_SHARED_DATA.");
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddColumn(new MegabytesPerSecondColumn(LoadBlockLength));
        }

        private static long LoadBlockLength(string file) => LoadBlock(file).LongLength;
    }
}
