using System.Diagnostics;
using System.Globalization;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Ingest.Bitcoin;

namespace ChainTrace.Benchmarks;

/// <summary>
/// End-to-end Bitcoin ingest throughput: blk files → parsed, every input resolved, Parquet part files committed.
/// Usage: <c>dotnet run -c Release --project bench/ChainTrace.Benchmarks -- ingest --blocks-dir DIR [--out DATASET]</c>.
/// Prints MB/s of block data, blocks/s, transactions/s and the UTXO index's bytes per unspent output.
/// </summary>
public static class IngestThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var blocksDir = Value(args, "--blocks-dir") ?? throw new ArgumentException("--blocks-dir DIR is required.");
        var output = Value(args, "--out") ?? Path.Combine(Path.GetTempPath(), "chaintrace-bench-" + Guid.NewGuid().ToString("N"));
        var keep = Value(args, "--out") is not null;
        try
        {
            var clock = Stopwatch.StartNew();
            var summary = await new BitcoinIngestor(new BlocksDirectorySource(blocksDir)).RunAsync(output);
            clock.Stop();
            var seconds = clock.Elapsed.TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest: {summary.Blocks:N0} blocks, {summary.Transactions:N0} txs, {summary.Inputs:N0} inputs, {summary.Outputs:N0} outputs, {summary.Bytes / 1e6:N1} MB in {seconds:N2} s"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"throughput: {summary.Bytes / 1e6 / seconds:N1} MB/s, {summary.Blocks / seconds:N0} blocks/s, {summary.Transactions / seconds:N0} tx/s"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"utxo: {summary.Utxo.Count:N0} unspent, {summary.Utxo.EntryBytesPerOutput:N1} slot bytes each, {summary.Utxo.TotalBytesPerOutput:N1} with addresses; peak working set {peak / 1e6:N0} MB"));
            return 0;
        }
        finally
        {
            if (!keep && Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
