using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Tests.Paths;
using QuikGraph;

namespace ChainTrace.Graph.Tests.Adapters;

public sealed class FlowGraphAdapterTests
{
    // Nodes: tx0, tx1, tx2, then A=3, B=4, C=5, D=6.
    // tx0: coinbase → A 50;  tx1: A 50 → B 40, (no address) 10;  tx2: B 40, C 5 → D 45.
    internal static FlowGraph Sample()
    {
        var g = new TestGraph();
        g.Tx(1, "", "A:50");
        g.Tx(2, "A:50", "B:40 -:10");
        g.Tx(3, "B:40 C:5", "D:45");
        return g.Build();
    }

    [Fact]
    public void Edges_SmallGraph_EveryAddressedLegOnceInputsFirst()
    {
        var adapter = Sample().AsQuikGraph();

        Assert.Equal(7, adapter.VertexCount);
        Assert.Equal(6, adapter.EdgeCount);
        Assert.Equal(6L, adapter.LongEdgeCount);
        Assert.True(adapter.IsDirected);
        Assert.True(adapter.AllowParallelEdges);
        Assert.False(adapter.IsVerticesEmpty);
        Assert.False(adapter.IsEdgesEmpty);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], adapter.Vertices);
        Assert.Equal(
            [
                new FlowEdge(3, 1, 0, true), new FlowEdge(4, 2, 1, true), new FlowEdge(5, 2, 2, true),
                new FlowEdge(0, 3, 0, false), new FlowEdge(1, 4, 1, false), new FlowEdge(2, 6, 3, false),
            ],
            adapter.Edges);
    }

    [Fact]
    public void OutAndInEdges_SmallGraph_FollowTheMoney()
    {
        var adapter = Sample().AsQuikGraph();

        Assert.Equal([new FlowEdge(1, 4, 1, false)], adapter.OutEdges(1));
        Assert.Equal(1, adapter.OutDegree(1));
        Assert.Equal([new FlowEdge(4, 2, 1, true), new FlowEdge(5, 2, 2, true)], adapter.InEdges(2));
        Assert.Equal(2, adapter.InDegree(2));
        Assert.Equal([new FlowEdge(3, 1, 0, true)], adapter.OutEdges(3));
        Assert.Equal([new FlowEdge(0, 3, 0, false)], adapter.InEdges(3));
        Assert.Empty(adapter.InEdges(0));
        Assert.True(adapter.IsInEdgesEmpty(0));
        Assert.True(adapter.IsOutEdgesEmpty(6));
        Assert.Equal(2, adapter.Degree(4));
        Assert.Equal(new FlowEdge(2, 6, 3, false), adapter.OutEdge(2, 0));
        Assert.Equal(new FlowEdge(3, 1, 0, true), adapter.OutEdge(3, 0));
        Assert.Equal(new FlowEdge(5, 2, 2, true), adapter.InEdge(2, 1));
        Assert.Equal(new FlowEdge(1, 4, 1, false), adapter.InEdge(4, 0));
        Assert.True(adapter.TryGetOutEdges(2, out var outEdges));
        Assert.Single(outEdges);
        Assert.True(adapter.TryGetInEdges(6, out var inEdges));
        Assert.Single(inEdges);
    }

    [Fact]
    public void ContainsEdge_SmallGraph_OnlyRealLegsWithTheirEnds()
    {
        var adapter = Sample().AsQuikGraph();

        Assert.True(adapter.ContainsEdge(new FlowEdge(3, 1, 0, true)));
        Assert.False(adapter.ContainsEdge(new FlowEdge(3, 2, 0, true)));
        Assert.False(adapter.ContainsEdge(new FlowEdge(1, 3, 2, false)));
        Assert.False(adapter.ContainsEdge(new FlowEdge(0, 3, 9, false)));
        Assert.False(adapter.ContainsEdge(new FlowEdge(0, 3, -1, false)));
        Assert.True(adapter.ContainsEdge(1, 4));
        Assert.False(adapter.ContainsEdge(4, 1));
        Assert.True(adapter.ContainsEdge(3, 1));
        Assert.False(adapter.ContainsEdge(0, 1));
        Assert.False(adapter.ContainsEdge(0, 70));
        Assert.True(adapter.TryGetEdge(5, 2, out var edge));
        Assert.Equal(new FlowEdge(5, 2, 2, true), edge);
        Assert.True(adapter.TryGetEdges(2, 6, out var edges));
        Assert.Equal([new FlowEdge(2, 6, 3, false)], edges);
        Assert.False(adapter.TryGetEdges(2, 60, out _));
        Assert.True(adapter.ContainsVertex(6));
        Assert.False(adapter.ContainsVertex(7));
    }

    [Fact]
    public void OutEdges_UnknownVertexOrIndex_Throw()
    {
        var adapter = Sample().AsQuikGraph();

        Assert.Throws<VertexNotFoundException>(() => adapter.OutEdges(7));
        Assert.Throws<VertexNotFoundException>(() => adapter.InEdges(-1));
        Assert.Throws<VertexNotFoundException>(() => adapter.OutDegree(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.OutEdge(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.OutEdge(3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.InEdge(2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.InEdge(3, 1));
        Assert.False(adapter.TryGetOutEdges(7, out _));
        Assert.False(adapter.TryGetInEdges(7, out _));
        Assert.Throws<ArgumentNullException>(() => new FlowGraphAdapter(null!));
    }
}
