using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Columns for <see cref="ClusteringBenchmarks"/>: millions of graph input legs per second (from the mean time) and the
/// megabytes the graph and the clustering hold, read from the stats.json the benchmark's setup wrote.
/// </summary>
public sealed class ClusteringThroughputColumn(string name, Func<ClusteringBenchmarkStats, double, string> value) : IColumn
{
    public string Id => "Clustering" + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name switch
    {
        "M inputs/s" => "Graph input legs processed per second, millions, from the mean time",
        _ => "Megabytes (10^6) held by the graph arrays + the clustering result + the union-find",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var transactions = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Transactions")?.Value as int?;
        var path = transactions is { } n ? Path.Combine(ClusteringBenchmarks.Folder(n), "stats.json") : null;
        if (report?.ResultStatistics is null || path is null || !File.Exists(path))
        {
            return "-";
        }

        var stats = JsonSerializer.Deserialize<ClusteringBenchmarkStats>(File.ReadAllText(path))!;
        return value(stats, report.ResultStatistics.Mean / 1e9);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Adds the two clustering columns.</summary>
public sealed class ClusteringBenchmarkConfig : ManualConfig
{
    public ClusteringBenchmarkConfig()
    {
        AddColumn(new ClusteringThroughputColumn("M inputs/s", (s, seconds) => (s.Inputs / seconds / 1e6).ToString("F1", CultureInfo.InvariantCulture)));
        AddColumn(new ClusteringThroughputColumn("Held MB", (s, _) => ((s.GraphBytes + s.ClusteringBytes + s.UnionFindBytes) / 1e6).ToString("F1", CultureInfo.InvariantCulture)));
    }
}
