using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChainTrace.Benchmarks;

/// <summary>
/// A BenchmarkDotNet column with throughput in MB/s (10^6 bytes per second): the byte length of the benchmark's
/// <c>Block</c> parameter over its mean time. Empty for benchmarks whose name does not say they process a block.
/// </summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    private readonly Func<string, long> _lengthOf;
    private readonly ConcurrentDictionary<string, long> _lengths = new(StringComparer.Ordinal);

    /// <summary>Creates the column.</summary>
    /// <param name="lengthOf">Gives the byte length of a block parameter value.</param>
    public MegabytesPerSecondColumn(Func<string, long> lengthOf) => _lengthOf = lengthOf;

    public string Id => nameof(MegabytesPerSecondColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Block bytes processed per second (10^6 bytes/s), from the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (report?.ResultStatistics is null || method is not ("Parse" or "Scan"))
        {
            return "-";
        }

        var block = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Block")?.Value as string;
        if (block is null)
        {
            return "-";
        }

        var bytes = _lengths.GetOrAdd(block, _lengthOf);
        var megabytesPerSecond = bytes / report.ResultStatistics.Mean * 1e9 / 1e6;
        return megabytesPerSecond.ToString("F0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
