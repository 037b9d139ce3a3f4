using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ChainTrace.Graph.Adapters;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Columns of <see cref="TraversalBenchmarks"/>: edges per second (millions, from the mean time), speed against the
/// QuikGraph copy, and bytes per edge. The figures that do not depend on time (edge count, bytes) are measured in the
/// host process on the same deterministic graphs, built once per locality when the summary is printed.
/// </summary>
public static class TraversalColumns
{
    private static readonly ConcurrentDictionary<TraversalLocality, Figures> Measured = new();

    /// <summary>The three columns.</summary>
    public static IColumn[] All { get; } =
    [
        new Column("Edges/s (M)", "Edges scanned per second, millions, from the mean time", (summary, benchmark, mean) =>
            (FiguresOf(benchmark).Edges / mean * 1e9 / 1e6).ToString("F1", CultureInfo.InvariantCulture)),
        new Column("× QuikGraph", "Speed relative to the same sweep on the QuikGraph BidirectionalGraph copy (its mean time over this one's)", (summary, benchmark, mean) =>
        {
            var baseline = summary.Reports.FirstOrDefault(r =>
                r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TraversalBenchmarks.QuikGraphCopy) && LocalityOf(r.BenchmarkCase) == LocalityOf(benchmark));
            return baseline?.ResultStatistics is null ? "-" : (baseline.ResultStatistics.Mean / mean).ToString("F1", CultureInfo.InvariantCulture);
        }),
        new Column("B/edge", "Bytes per edge of the structure traversed: QuikGraph copy (measured, retained); CSR and adapter: the topology arrays (whole flow graph with values and hashes in brackets)", (summary, benchmark, mean) =>
        {
            var figures = FiguresOf(benchmark);
            return benchmark.Descriptor.WorkloadMethod.Name.StartsWith("QuikGraph", StringComparison.Ordinal)
                ? (figures.CopyBytes / (double)figures.Edges).ToString("F1", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{figures.TopologyBytes / (double)figures.Edges:F1} ({figures.ArrayBytes / (double)figures.Edges:F1})");
        }),
    ];

    private static TraversalLocality LocalityOf(BenchmarkCase benchmark) =>
        benchmark.Parameters.Items.FirstOrDefault(p => p.Name == nameof(TraversalBenchmarks.Locality))?.Value is TraversalLocality locality ? locality : TraversalLocality.Recent;

    private static Figures FiguresOf(BenchmarkCase benchmark) => Measured.GetOrAdd(LocalityOf(benchmark), Measure);

    private static Figures Measure(TraversalLocality locality)
    {
        var graph = TraversalGraph.Build(locality);
        var adapter = graph.AsQuikGraph();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var copy = TraversalGraph.CopyToQuikGraph(adapter);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(copy);
        var figures = new Figures(graph.EdgeCount, graph.ArrayBytes, TraversalGraph.TopologyBytes(graph), after - before);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Traversal graph ({locality}): {graph.TransactionCount:N0} transactions, {graph.Addresses.Count:N0} addresses, {graph.EdgeCount:N0} edges; flow graph arrays {graph.ArrayBytes:N0} B, topology arrays {figures.TopologyBytes:N0} B, QuikGraph copy {figures.CopyBytes:N0} B"));
        return figures;
    }

    private sealed record Figures(long Edges, long ArrayBytes, long TopologyBytes, long CopyBytes);

    private sealed class Column(string name, string legend, Func<Summary, BenchmarkCase, double, string> value) : IColumn
    {
        public string Id => "Traversal." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            return report?.ResultStatistics is null ? "-" : value(summary, benchmarkCase, report.ResultStatistics.Mean);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
