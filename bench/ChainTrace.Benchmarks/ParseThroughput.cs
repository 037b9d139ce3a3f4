using System.Diagnostics;
using System.Globalization;
using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Parsing;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Parse throughput on one core over the same three segwit-era blocks that <c>bench/reference/bitcoinlib_parse.py</c>
/// parses, for the side-by-side ratio. Usage: <c>… -- parse [--seconds N]</c>; prints per block and <c>TOTAL MB/s</c>.
/// </summary>
public static class ParseThroughput
{
    private static readonly string[] Blocks =
    [
        "block-0000000000000000001602407ac49862a7bca9d00f7f402db20b7be2f5de59d2.blk",
        "block-00000000000000000021868c2cefc52a480d173c849412fe81c4e5ab806f94ab.blk",
        "mainnet_block_000000000000000000000c835b2adcaedc20fdf6ee440009c249452c726dafae.raw",
    ];

    public static int Run(string[] args)
    {
        var i = Array.IndexOf(args, "--seconds");
        var seconds = i >= 0 ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : 10;
        long totalBytes = 0;
        double totalTime = 0;
        foreach (var name in Blocks)
        {
            var block = ParseBenchmarks.LoadBlock(name);
            for (var w = 0; w < 3; w++)
            {
                BlockParser.Parse(block, 1, BitcoinNetwork.Main, default);
            }

            var runs = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds / Blocks.Length)
            {
                BlockParser.Parse(block, 1, BitcoinNetwork.Main, default);
                runs++;
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name[..40],-40} {block.Length,9} bytes {runs,6} runs {runs * (double)block.Length / elapsed / 1e6,9:N1} MB/s"));
            totalBytes += runs * (long)block.Length;
            totalTime += elapsed;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL {totalBytes / totalTime / 1e6:F2}"));
        return 0;
    }
}
