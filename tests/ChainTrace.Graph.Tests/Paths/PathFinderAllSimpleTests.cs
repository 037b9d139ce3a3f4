using ChainTrace.Graph.Paths;

namespace ChainTrace.Graph.Tests.Paths;

public sealed class PathFinderAllSimpleTests
{
    private static FlowGraph Diamond()
    {
        var g = new TestGraph();
        g.Tx(1, "A:10", "B:6 C:4");
        g.Tx(2, "B:6", "D:6");
        g.Tx(3, "C:4", "D:4");
        g.Tx(4, "A:1", "D:1");
        g.Tx(5, "D:11", "A:11");
        return g.Build();
    }

    [Fact]
    public void AllSimple_Diamond_EveryRouteOnceInChainOrder()
    {
        var result = PathFinder.AllSimple(Diamond(), "A", "D");

        Assert.False(result.Truncated);
        Assert.Equal(
            ["A>B@0 B>D@1", "A>C@0 C>D@2", "A>D@3"],
            result.Paths.Select(Text));
    }

    [Fact]
    public void AllSimple_CapReached_TruncatedWithTheFirstPaths()
    {
        var result = PathFinder.AllSimple(Diamond(), "A", "D", maxPaths: 2);
        var exact = PathFinder.AllSimple(Diamond(), "A", "D", maxPaths: 3);

        Assert.True(result.Truncated);
        Assert.Equal(["A>B@0 B>D@1", "A>C@0 C>D@2"], result.Paths.Select(Text));
        Assert.False(exact.Truncated);
        Assert.Equal(3, exact.Paths.Count);
    }

    [Fact]
    public void AllSimple_MaxHops_DropsLongerPaths()
    {
        var result = PathFinder.AllSimple(Diamond(), "A", "D", new PathOptions { MaxHops = 1 });

        Assert.Equal(["A>D@3"], result.Paths.Select(Text));
    }

    [Fact]
    public void AllSimple_CycleBackToStart_NeverRepeatsAnAddress()
    {
        // D pays A back in block 5: A → … → D → A → … would repeat A.
        var result = PathFinder.AllSimple(Diamond(), "B", "A", new PathOptions { MaxHops = 6 });

        Assert.Equal(["B>D@1 D>A@4"], result.Paths.Select(Text));
    }

    [Fact]
    public void AllSimple_TwoTransactionsBetweenTheSameAddresses_TwoPaths()
    {
        var g = new TestGraph();
        g.Tx(1, "A:1", "B:1");
        g.Tx(2, "A:2 A:3", "B:4 B:1");
        var graph = g.Build();

        var result = PathFinder.AllSimple(graph, "A", "B");

        Assert.Equal(["A>B@0", "A>B@1"], result.Paths.Select(Text));
        Assert.Equal([(UInt128)1, 5], result.Paths.Select(p => p.Hops[0].Amount));
        Assert.Equal([(UInt128)1, 5], result.Paths.Select(p => p.Hops[0].Sent));
    }

    [Fact]
    public void AllSimple_AnyTime_FindsPathsAgainstTimeToo()
    {
        var result = PathFinder.AllSimple(Diamond(), "D", "C", new PathOptions { TimeRespecting = false });

        Assert.Equal(["D>A@4 A>C@0"], result.Paths.Select(Text));
        Assert.Empty(PathFinder.AllSimple(Diamond(), "D", "C").Paths);
    }

    internal static string Text(FlowPath path) =>
        string.Join(' ', path.Hops.Select(h => $"{h.FromAddress}{(h.Reversed ? "<" : ">")}{h.ToAddress}@{h.Transaction}"));
}
