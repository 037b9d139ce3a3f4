using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Tests.Paths;
using QuikGraph;

namespace ChainTrace.Graph.Tests.Adapters;

public sealed class AddressGraphAdapterTests
{
    // Addresses A=0, B=1, C=2, D=3 (see FlowGraphAdapterTests.Sample).
    [Fact]
    public void Edges_SmallGraph_OneEdgePerInputOutputPair()
    {
        var graph = FlowGraphAdapterTests.Sample();
        var adapter = graph.AsAddressGraph();

        Assert.Equal(4, adapter.VertexCount);
        Assert.Equal(3, adapter.EdgeCount);
        Assert.Equal(
            [new AddressFlowEdge(0, 1, 1, 0, 1), new AddressFlowEdge(1, 3, 2, 1, 3), new AddressFlowEdge(2, 3, 2, 2, 3)],
            adapter.Edges);
        Assert.Equal((UInt128)45, adapter.Amount(new AddressFlowEdge(2, 3, 2, 2, 3)));
        Assert.Equal(TestGraph.GenesisTime + 1800, adapter.Timestamp(new AddressFlowEdge(2, 3, 2, 2, 3)));
        Assert.Throws<ArgumentException>(() => adapter.Amount(new AddressFlowEdge(2, 1, 2, 2, 3)));
    }

    [Fact]
    public void OutAndInEdges_SmallGraph_HopsThroughTransactions()
    {
        var adapter = FlowGraphAdapterTests.Sample().AsAddressGraph();

        Assert.Equal([new AddressFlowEdge(1, 3, 2, 1, 3)], adapter.OutEdges(1));
        Assert.Equal([new AddressFlowEdge(1, 3, 2, 1, 3), new AddressFlowEdge(2, 3, 2, 2, 3)], adapter.InEdges(3));
        Assert.Equal(1, adapter.OutDegree(0));
        Assert.Equal(2, adapter.InDegree(3));
        Assert.Equal(0, adapter.InDegree(0));
        Assert.Equal(2, adapter.Degree(1));
        Assert.True(adapter.IsOutEdgesEmpty(3));
        Assert.True(adapter.IsInEdgesEmpty(0));
        Assert.Equal(new AddressFlowEdge(2, 3, 2, 2, 3), adapter.InEdge(3, 1));
        Assert.Equal(new AddressFlowEdge(0, 1, 1, 0, 1), adapter.OutEdge(0, 0));
        Assert.True(adapter.ContainsEdge(0, 1));
        Assert.False(adapter.ContainsEdge(1, 0));
        Assert.True(adapter.ContainsEdge(new AddressFlowEdge(0, 1, 1, 0, 1)));
        Assert.False(adapter.ContainsEdge(new AddressFlowEdge(0, 1, 2, 0, 1)));
        Assert.True(adapter.TryGetEdges(2, 3, out var edges));
        Assert.Single(edges);
        Assert.Throws<VertexNotFoundException>(() => adapter.OutEdges(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => adapter.OutEdge(0, 1));
        Assert.False(adapter.TryGetInEdges(4, out _));
    }

    [Fact]
    public void Edges_ChangeAndTwoInputs_ParallelEdgesAndSelfLoops()
    {
        var g = new TestGraph();
        g.Tx(1, "A:3 A:4", "B:5 A:2");
        var adapter = g.Build().AsAddressGraph();

        Assert.Equal(4, adapter.EdgeCount);
        Assert.Equal([(0, 1), (0, 0), (0, 1), (0, 0)], adapter.Edges.Select(e => (e.Source, e.Target)));
        Assert.Equal(2, adapter.Edges.Count(e => e.Source == 0 && e.Target == 1));
    }
}
