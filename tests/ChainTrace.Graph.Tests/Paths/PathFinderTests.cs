using ChainTrace.Graph.Paths;

namespace ChainTrace.Graph.Tests.Paths;

public sealed class PathFinderTests
{
    private static readonly PathOptions AnyTime = new() { TimeRespecting = false };

    [Fact]
    public void Shortest_DirectPayment_OneHopWithAmountSentAndTime()
    {
        var g = new TestGraph();
        g.Tx(1, "", "A:50");
        g.Tx(2, "A:50", "B:30 A:20");
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "A", "B");

        Assert.NotNull(path);
        var hop = Assert.Single(path.Hops);
        Assert.Equal(new PathHop(0, "A", 1, "B", false, 1, graph.DisplayHash(1), 2, TestGraph.GenesisTime + 1200, 0, 30, 50), hop);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(TestGraph.GenesisTime + 1200), hop.Time);
        Assert.Equal((UInt128)30, path.Bottleneck);
        Assert.Equal([0, 1], path.Addresses);
    }

    [Fact]
    public void Shortest_OnwardPaymentEarlierThanArrival_NoTimeRespectingPathButAnyTimePath()
    {
        var g = new TestGraph();
        g.Tx(1, "B:5", "C:5");
        g.Tx(2, "A:9", "B:9");
        var graph = g.Build();

        Assert.Null(PathFinder.Shortest(graph, "A", "C"));
        var path = PathFinder.Shortest(graph, "A", "C", AnyTime);

        Assert.NotNull(path);
        Assert.Equal([(1, "A", "B"), (0, "B", "C")], path.Hops.Select(h => (h.Transaction, h.FromAddress, h.ToAddress)));
    }

    [Fact]
    public void Shortest_EarlyArrivalNeedsMoreHops_FindsThreeHopPathNotTheLateDirectOne()
    {
        // A reaches D directly only in block 4, too late for D → T in block 3; via B it reaches D in block 2.
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        g.Tx(2, "B:1", "D:1");
        g.Tx(3, "D:1", "T:1");
        g.Tx(4, "A:7", "D:7");
        var graph = g.Build();

        var timed = PathFinder.Shortest(graph, "A", "T");
        var untimed = PathFinder.Shortest(graph, "A", "T", AnyTime);

        Assert.NotNull(timed);
        Assert.Equal([0, 1, 2], timed.Hops.Select(h => h.Transaction));
        Assert.Equal(["A", "B", "D"], timed.Hops.Select(h => h.FromAddress));
        Assert.NotNull(untimed);
        Assert.Equal([3, 2], untimed.Hops.Select(h => h.Transaction));
    }

    [Fact]
    public void Shortest_TwoHopsInOneBlock_TimeRespectingWithEqualTimes()
    {
        var g = new TestGraph();
        g.Tx(5, "A:3", "B:3");
        g.Tx(5, "B:3", "C:3");
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "A", "C");

        Assert.NotNull(path);
        Assert.Equal([TestGraph.GenesisTime + 3000, TestGraph.GenesisTime + 3000], path.Hops.Select(h => h.Timestamp));
    }

    [Fact]
    public void Shortest_MinAmount_SkipsSmallHopsAndSumsOutputsToOneAddress()
    {
        var g = new TestGraph();
        g.Tx(1, "A:5", "B:5");
        g.Tx(2, "A:50", "C:50");
        g.Tx(3, "C:50", "B:50");
        g.Tx(4, "E:12", "F:6 F:6");
        var graph = g.Build();

        Assert.Equal(1, PathFinder.Shortest(graph, "A", "B")!.Length);
        var path = PathFinder.Shortest(graph, "A", "B", new PathOptions { MinAmount = 10 });
        var summed = PathFinder.Shortest(graph, "E", "F", new PathOptions { MinAmount = 12 });

        Assert.NotNull(path);
        Assert.Equal([(UInt128)50, 50], path.Hops.Select(h => h.Amount));
        Assert.NotNull(summed);
        Assert.Equal((UInt128)12, Assert.Single(summed.Hops).Amount);
        Assert.Null(PathFinder.Shortest(graph, "E", "F", new PathOptions { MinAmount = 13 }));
    }

    [Fact]
    public void Shortest_Asset_OnlyThroughTransactionsOfThatAsset()
    {
        var g = new TestGraph();
        var token = g.Asset("token");
        g.Tx(1, "A:1", "B:1");
        g.Tx(2, "A:1", "C:1", token);
        g.Tx(3, "C:1", "B:1", token);
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "A", "B", new PathOptions { Asset = token });

        Assert.NotNull(path);
        Assert.Equal([(1, token), (2, token)], path.Hops.Select(h => (h.Transaction, h.Asset)));
        Assert.Equal(1, PathFinder.Shortest(graph, "A", "B", new PathOptions { Asset = 0 })!.Length);
    }

    [Fact]
    public void Shortest_Backward_HopsInSearchOrderMarkedReversedAndGoingBackInTime()
    {
        var g = new TestGraph();
        g.Tx(1, "A:8", "B:6 A:2");
        g.Tx(2, "B:6", "C:4 X:2");
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "C", "A", new PathOptions { Direction = PathDirection.Backward });

        Assert.NotNull(path);
        Assert.Equal(
            [(1, "C", "B", true, (UInt128)4, (UInt128)6), (0, "B", "A", true, (UInt128)6, (UInt128)8)],
            path.Hops.Select(h => (h.Transaction, h.FromAddress, h.ToAddress, h.Reversed, h.Amount, h.Sent)));
        Assert.Null(PathFinder.Shortest(graph, "C", "A"));
    }

    [Fact]
    public void Shortest_Undirected_ConnectsCoPayeesThroughEitherDirection()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        g.Tx(2, "C:1", "B:1");
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "A", "C", new PathOptions { Direction = PathDirection.Undirected });

        Assert.NotNull(path);
        Assert.Equal([(0, false), (1, true)], path.Hops.Select(h => (h.Transaction, h.Reversed)));
        Assert.Null(PathFinder.Shortest(graph, "A", "C"));
        Assert.Null(PathFinder.Shortest(graph, "A", "C", AnyTime));
    }

    [Fact]
    public void Shortest_MaxHops_LimitsLength()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        g.Tx(2, "B:1", "C:1");
        g.Tx(3, "C:1", "D:1");
        var graph = g.Build();

        Assert.Null(PathFinder.Shortest(graph, "A", "D", new PathOptions { MaxHops = 2 }));
        Assert.Null(PathFinder.Shortest(graph, "A", "D", AnyTime with { MaxHops = 2 }));
        Assert.Equal(3, PathFinder.Shortest(graph, "A", "D", new PathOptions { MaxHops = 3 })!.Length);
        Assert.Equal(3, PathFinder.Shortest(graph, "A", "D", AnyTime with { MaxHops = 3 })!.Length);
    }

    [Fact]
    public void Shortest_SameAddress_EmptyPath()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        var graph = g.Build();

        var path = PathFinder.Shortest(graph, "B", "B");
        var all = PathFinder.AllSimple(graph, "B", "B");

        Assert.NotNull(path);
        Assert.Empty(path.Hops);
        Assert.Equal((UInt128)0, path.Bottleneck);
        Assert.Empty(Assert.Single(all.Paths).Hops);
    }

    [Fact]
    public void Shortest_BadArguments_Throw()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        var graph = g.Build();

        Assert.Throws<ArgumentException>("from", () => PathFinder.Shortest(graph, "Z", "B"));
        Assert.Throws<ArgumentException>("to", () => PathFinder.AllSimple(graph, "A", "Z"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Shortest(graph, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Shortest(graph, -1, 0));
        Assert.Throws<ArgumentException>(() => PathFinder.Shortest(graph, 0, 1, new PathOptions { MaxHops = 0 }));
        Assert.Throws<ArgumentException>(() => PathFinder.Shortest(graph, 0, 1, new PathOptions { MaxHops = 65 }));
        Assert.Throws<ArgumentException>(() => PathFinder.Shortest(graph, 0, 1, new PathOptions { Asset = 1 }));
        Assert.Throws<ArgumentException>(() => PathFinder.Shortest(graph, 0, 1, new PathOptions { Direction = (PathDirection)7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.AllSimple(graph, 0, 1, maxPaths: 0));
        Assert.Throws<ArgumentNullException>(() => PathFinder.Shortest(null!, 0, 1));
    }

    [Fact]
    public void Shortest_CancelledToken_Throws()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        var graph = g.Build();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => PathFinder.Shortest(graph, 0, 1, null, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => PathFinder.Shortest(graph, 0, 1, AnyTime, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => PathFinder.AllSimple(graph, 0, 1, null, 10, cancelled.Token));
    }
}
