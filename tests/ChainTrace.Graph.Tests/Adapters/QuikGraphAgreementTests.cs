using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Paths;
using ChainTrace.Graph.Tests.Paths;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ChainTrace.Graph.Tests.Adapters;

/// <summary>QuikGraph's algorithms on the adapters agree with our own array BFS and path search, on random graphs.</summary>
public sealed class QuikGraphAgreementTests
{
    [Fact]
    public void Dijkstra_RandomGraphs_SameHopDistancesAsArrayBfsInEveryDirection()
    {
        Seeds.ForAll(150, seed =>
        {
            var graph = TestGraph.Random(seed);
            var adapter = graph.AsQuikGraph();
            var reversed = new ReversedBidirectionalGraph<int, FlowEdge>(adapter);
            var undirected = new UndirectedBidirectionalGraph<int, FlowEdge>(adapter);
            var search = new FlowBreadthFirstSearch(graph);
            for (var start = 0; start < adapter.VertexCount; start++)
            {
                Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Forward), QuikGraphRuns.Distances(adapter, start));
                Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Forward), QuikGraphRuns.BreadthFirstDistances(adapter, start));
                Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Backward), QuikGraphRuns.Distances(reversed, start));
                Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Undirected), QuikGraphRuns.UndirectedDistances(undirected, start));
            }
        });
    }

    [Fact]
    public void BreadthFirst_LargerRandomGraph_WideLevelsAgreeWithQuikGraphBreadthFirstSearch()
    {
        // 600 addresses, 3,000 transactions: levels of hundreds of nodes, so the array search works in many batches.
        var graph = TestGraph.Random(2024, 600, 3_000);
        var adapter = graph.AsQuikGraph();
        var reversed = new ReversedBidirectionalGraph<int, FlowEdge>(adapter);
        var undirected = new UndirectedBidirectionalGraph<int, FlowEdge>(adapter);
        var search = new FlowBreadthFirstSearch(graph);
        var widest = 0;
        foreach (var start in new[] { 0, 1, 1_500, 2_999, 3_000, 3_300 })
        {
            var forward = QuikGraphRuns.OurDepths(search, start, PathDirection.Forward);
            Assert.Equal(forward, QuikGraphRuns.BreadthFirstDistances(adapter, start));
            Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Backward), QuikGraphRuns.BreadthFirstDistances(reversed, start));
            Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Undirected), QuikGraphRuns.UndirectedDistances(undirected, start));
            widest = Math.Max(widest, forward.Where(d => d >= 0).GroupBy(d => d).Max(g => g.Count()));
        }

        Assert.True(widest > 100, $"widest level {widest}");
        Assert.Equal(new TraversalCount(adapter.VertexCount, adapter.EdgeCount), search.RunAll());
        Assert.Equal(new TraversalCount(adapter.VertexCount, 2L * adapter.EdgeCount), search.RunAll(PathDirection.Undirected));
    }

    [Fact]
    public void StronglyConnectedComponents_RandomGraphs_SameAsMutualReachability()
    {
        Seeds.ForAll(150, seed =>
        {
            var graph = TestGraph.Random(seed);

            var (count, components) = QuikGraphRuns.StrongComponents(graph.AsQuikGraph());

            var ours = QuikGraphRuns.OurStrongComponents(graph);
            Assert.Equal(ours.Count, count);
            Assert.True(ours.SetEquals(components), $"seed {seed}");
        });
    }

    [Fact]
    public void Dijkstra_AddressView_SameHopCountsAsPathFinderWithoutTimeOrder()
    {
        var anyTime = new PathOptions { TimeRespecting = false, MaxHops = PathOptions.MaxHopsLimit };
        Seeds.ForAll(150, seed =>
        {
            var graph = TestGraph.Random(seed);
            var adapter = graph.AsAddressGraph();
            for (var from = 0; from < adapter.VertexCount; from++)
            {
                var distances = QuikGraphRuns.Distances(adapter, from);
                var lengths = Enumerable.Range(0, adapter.VertexCount).Select(to => PathFinder.Shortest(graph, from, to, anyTime)?.Length ?? -1);
                Assert.Equal(distances, lengths);
            }
        });
    }

    [Fact]
    public void EdgeSets_RandomGraphs_OutEdgesInEdgesAndEdgesDescribeTheSameEdges()
    {
        Seeds.ForAll(150, seed =>
        {
            var graph = TestGraph.Random(seed);
            var adapter = graph.AsQuikGraph();
            var addresses = graph.AsAddressGraph();

            Assert.Equal(Sorted(adapter.Edges), Sorted(adapter.Vertices.SelectMany(adapter.OutEdges)));
            Assert.Equal(Sorted(adapter.Edges), Sorted(adapter.Vertices.SelectMany(adapter.InEdges)));
            Assert.Equal(adapter.EdgeCount, adapter.Vertices.Sum(adapter.OutDegree));
            Assert.All(adapter.Edges, e => Assert.True(adapter.ContainsEdge(e) && adapter.ContainsEdge(e.Source, e.Target)));
            Assert.Equal(Sorted(addresses.Edges), Sorted(addresses.Vertices.SelectMany(addresses.OutEdges)));
            Assert.Equal(Sorted(addresses.Edges), Sorted(addresses.Vertices.SelectMany(addresses.InEdges)));
            Assert.Equal(addresses.EdgeCount, addresses.Vertices.Sum(addresses.InDegree));
            Assert.All(addresses.Edges, e => Assert.True(addresses.ContainsEdge(e)));
        });
    }

    [Fact]
    public void ShortestPathsDijkstra_SmallGraph_PathOfLegsFromCoinbaseToPayee()
    {
        var adapter = FlowGraphAdapterTests.Sample().AsQuikGraph();

        var tryGetPath = adapter.ShortestPathsDijkstra(_ => 1.0, adapter.Nodes.Transaction(0));

        Assert.True(tryGetPath(adapter.Nodes.Address(3), out var path));
        Assert.Equal(
            [new FlowEdge(0, 3, 0, false), new FlowEdge(3, 1, 0, true), new FlowEdge(1, 4, 1, false), new FlowEdge(4, 2, 1, true), new FlowEdge(2, 6, 3, false)],
            path);
        Assert.False(tryGetPath(adapter.Nodes.Address(2), out _));
    }

    private static List<FlowEdge> Sorted(IEnumerable<FlowEdge> edges) => edges.OrderBy(e => (e.IsInput, e.Leg)).ToList();

    private static List<AddressFlowEdge> Sorted(IEnumerable<AddressFlowEdge> edges) => edges.OrderBy(e => (e.InputLeg, e.OutputLeg)).ToList();
}
