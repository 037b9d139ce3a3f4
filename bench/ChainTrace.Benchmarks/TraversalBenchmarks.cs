using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ChainTrace.Graph;
using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Paths;
using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace ChainTrace.Benchmarks;

/// <summary>
/// Breadth-first traversal of the whole synthetic flow graph (<see cref="TraversalGraph"/>, ~4 M edges, with chain-like
/// locality and without any), one core:
/// on the CSR arrays (<see cref="FlowBreadthFirstSearch.RunAll"/>), the same sweep over a copy in QuikGraph's own
/// <see cref="BidirectionalGraph{TVertex, TEdge}"/> and over <see cref="FlowGraphAdapter"/> (no copy), and QuikGraph's
/// own <see cref="BreadthFirstSearchAlgorithm{TVertex, TEdge}"/> on the copy. Every variant scans every edge once per
/// operation; the Edges/s, "× QuikGraph" and bytes-per-edge columns come from <see cref="TraversalColumns"/>.
/// Run: <c>dotnet run -c Release --project bench/ChainTrace.Benchmarks -- --filter '*Traversal*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Configuration))]
public class TraversalBenchmarks
{
    private FlowGraph _graph = null!;
    private FlowBreadthFirstSearch _search = null!;
    private FlowGraphAdapter _adapter = null!;
    private BidirectionalGraph<int, SEdge<int>> _copy = null!;
    private TraversalSweep _sweep = null!;

    /// <summary>How the synthetic graph picks coins and addresses.</summary>
    [Params(TraversalLocality.Recent, TraversalLocality.Uniform)]
    public TraversalLocality Locality { get; set; }

    [GlobalSetup(Targets = [nameof(CsrArrays), nameof(Adapter)])]
    public void SetupArrays()
    {
        _graph = TraversalGraph.Build(Locality);
        _search = new FlowBreadthFirstSearch(_graph);
        _adapter = _graph.AsQuikGraph();
        _sweep = new TraversalSweep(_adapter.VertexCount);
    }

    [GlobalSetup(Targets = [nameof(QuikGraphCopy), nameof(QuikGraphBfsAlgorithm)])]
    public void SetupCopy()
    {
        SetupArrays();
        _copy = TraversalGraph.CopyToQuikGraph(_adapter);
    }

    /// <summary>The sweep over a QuikGraph BidirectionalGraph copy of the same edges: the reference for the ratio.</summary>
    [Benchmark(Baseline = true)]
    public long QuikGraphCopy() => _sweep.Run(_copy);

    /// <summary>The sweep on the flow graph's CSR arrays.</summary>
    [Benchmark]
    public long CsrArrays() => _search.RunAll().EdgesScanned;

    /// <summary>The sweep through the QuikGraph adapter (edges made from the arrays on the fly).</summary>
    [Benchmark]
    public long Adapter() => _sweep.Run(_adapter);

    /// <summary>QuikGraph's own breadth-first search over the copy (what a QuikGraph user would call).</summary>
    [Benchmark]
    public int QuikGraphBfsAlgorithm()
    {
        var bfs = new BreadthFirstSearchAlgorithm<int, SEdge<int>>(_copy);
        bfs.Compute();
        return bfs.VerticesColors.Count;
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddColumn(TraversalColumns.All);
        }
    }
}
