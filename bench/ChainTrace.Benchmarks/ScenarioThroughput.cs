using System.Diagnostics;
using System.Globalization;
using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Whole-run measurement of scenario generation: <c>scenario --transactions N [--out DIR] [--seed S] [--obfuscate]
/// [--keep]</c> generates one chain and prints transactions/s, blk MB/s, CPU seconds and peak working set. The output
/// folder is deleted afterwards unless <c>--keep</c> is given.
/// </summary>
public static class ScenarioThroughput
{
    /// <summary>Runs the measurement; returns the process exit code (0, or 1 for bad arguments).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        long transactions = 1_000_000;
        long seed = 1;
        string? output = null;
        var keep = false;
        var obfuscate = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--transactions" when i + 1 < args.Length:
                    transactions = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--obfuscate":
                    obfuscate = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: scenario --transactions N [--out DIR] [--seed S] [--obfuscate] [--keep]");
                    return 1;
            }
        }

        output ??= Path.Combine(Path.GetTempPath(), "chaintrace-scenario-throughput-" + Guid.NewGuid().ToString("N"));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = output,
            Transactions = transactions,
            Seed = seed,
            Obfuscate = obfuscate,
            Overwrite = true,
        }).GenerateAsync();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Transactions:N0} transactions, {summary.Blocks:N0} blocks, {summary.Addresses:N0} addresses, {summary.Bytes / 1e6:F1} MB in {summary.BlockFiles.Count} blk files"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wall {summary.Elapsed.TotalSeconds:F1} s: {summary.TransactionsPerSecond:N0} tx/s, {summary.MegabytesPerSecond:F1} MB/s; CPU {cpu:F1} s ({summary.Transactions / cpu:N0} tx per CPU second); peak working set {process.PeakWorkingSet64 / 1e6:F0} MB"));
        if (!keep)
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }
}
