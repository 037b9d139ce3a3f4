using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Paths;

namespace ChainTrace.Graph.Tests.Paths;

public sealed class FlowBreadthFirstSearchTests
{
    // tx0: coinbase → A;  tx1: A → B, (no address);  tx2: B, C → D
    private static FlowGraph Sample()
    {
        var g = new TestGraph();
        g.Tx(1, "", "A:50");
        g.Tx(2, "A:50", "B:40 -:10");
        g.Tx(3, "B:40 C:5", "D:45");
        return g.Build();
    }

    [Fact]
    public void Run_Forward_DepthsAlongTheMoney()
    {
        var graph = Sample();
        var search = new FlowBreadthFirstSearch(graph);
        var nodes = search.Nodes;

        var count = search.Run(nodes.Transaction(0));

        Assert.Equal(new FlowNodeSpace(3, 4), nodes);
        Assert.Equal(new TraversalCount(6, 5), count);
        // Node order: tx0, tx1, tx2, A, B, C, D; C is not reached.
        Assert.Equal([0, 2, 4, 1, 3, -1, 5], Depths(search, nodes));
    }

    [Fact]
    public void Run_BackwardAndUndirected_DepthsAgainstAndBothWays()
    {
        var graph = Sample();
        var search = new FlowBreadthFirstSearch(graph);
        var d = search.Nodes.Address(3);

        var backward = search.Run(d, PathDirection.Backward);
        var backwardDepths = Depths(search, search.Nodes);
        var undirected = search.Run(search.Nodes.Address(2), PathDirection.Undirected, maxDepth: 2);
        var undirectedDepths = Depths(search, search.Nodes);

        // Node order: tx0, tx1, tx2, A, B, C, D.
        Assert.Equal([5, 3, 1, 4, 2, 2, 0], backwardDepths);
        Assert.Equal(new TraversalCount(7, 6), backward);
        Assert.Equal([-1, -1, 1, -1, 2, 0, 2], undirectedDepths);
        Assert.Equal(new TraversalCount(4, 4), undirected);
    }

    [Fact]
    public void RunAll_EveryNodeOnceEveryAddressedLegOnce()
    {
        var graph = Sample();
        var search = new FlowBreadthFirstSearch(graph);

        var forward = search.RunAll();
        var undirected = search.RunAll(PathDirection.Undirected);

        Assert.Equal(new TraversalCount(7, 6), forward);
        Assert.Equal(new TraversalCount(7, 12), undirected);
        Assert.Equal([0, 2, 4, 1, 3, 5, 5], Depths(search, search.Nodes));
    }

    [Fact]
    public void Run_BadArguments_Throw()
    {
        var search = new FlowBreadthFirstSearch(Sample());

        Assert.Throws<ArgumentOutOfRangeException>(() => search.Run(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Run(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Run(0, maxDepth: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Depth(7));
        Assert.Equal(-1, search.Depth(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Nodes.Address(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Nodes.AddressOf(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Nodes.TransactionOf(3));
    }

    private static int[] Depths(FlowBreadthFirstSearch search, FlowNodeSpace nodes) =>
        Enumerable.Range(0, nodes.NodeCount).Select(search.Depth).ToArray();
}
