using ChainTrace.Graph.Paths;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>PathFinder against the brute-force <see cref="NaivePaths"/> on random graphs, every pair of addresses.</summary>
public sealed class PathFinderPropertyTests
{
    public static TheoryData<PathDirection, bool, int> Modes => new()
    {
        { PathDirection.Forward, true, 0 },
        { PathDirection.Forward, false, 0 },
        { PathDirection.Backward, true, 0 },
        { PathDirection.Backward, false, 0 },
        { PathDirection.Undirected, true, 0 },
        { PathDirection.Forward, true, 40 },
        { PathDirection.Backward, false, 40 },
        { PathDirection.Undirected, true, 40 },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Shortest_RandomGraphs_FewestHopsOfBruteForceAndAValidPath(PathDirection direction, bool timeRespecting, int minAmount)
    {
        Seeds.ForAll(120, seed =>
        {
            var graph = TestGraph.Random(seed);
            var options = new PathOptions { Direction = direction, TimeRespecting = timeRespecting, MaxHops = 4, MinAmount = (UInt128)minAmount };
            for (var from = 0; from < graph.Addresses.Count; from++)
            {
                for (var to = 0; to < graph.Addresses.Count; to++)
                {
                    var expected = NaivePaths.ShortestLength(graph, from, to, direction, timeRespecting, options.MaxHops, options.MinAmount);
                    var path = PathFinder.Shortest(graph, from, to, options);
                    Assert.True(expected == path?.Length, $"seed {seed}: {from}→{to} expected {expected} hops, got {path?.Length}");
                    if (path is not null)
                    {
                        AssertValid(graph, path, options);
                    }
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AllSimple_RandomGraphs_SamePathsAsBruteForce(PathDirection direction, bool timeRespecting, int minAmount)
    {
        Seeds.ForAll(60, seed =>
        {
            var graph = TestGraph.Random(seed);
            var options = new PathOptions { Direction = direction, TimeRespecting = timeRespecting, MaxHops = 3, MinAmount = (UInt128)minAmount };
            var truncationChecked = false;
            for (var from = 0; from < graph.Addresses.Count; from++)
            {
                for (var to = 0; to < graph.Addresses.Count; to++)
                {
                    if (from == to)
                    {
                        continue;
                    }

                    var expected = NaivePaths.AllSimple(graph, from, to, direction, timeRespecting, options.MaxHops, options.MinAmount)
                        .Select(p => string.Join(' ', p.Select(h => $"{h.From}{(h.Reversed ? "<" : ">")}{h.To}@{h.Tx}"))).Order(StringComparer.Ordinal).ToList();
                    var result = PathFinder.AllSimple(graph, from, to, options, maxPaths: 10_000);
                    Assert.False(result.Truncated);
                    var actual = result.Paths.Select(p => string.Join(' ', p.Hops.Select(h => $"{h.From}{(h.Reversed ? "<" : ">")}{h.To}@{h.Transaction}"))).Order(StringComparer.Ordinal).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"seed {seed}: {from}→{to}\nexpected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
                    foreach (var path in result.Paths)
                    {
                        AssertValid(graph, path, options);
                    }

                    if (result.Paths.Count >= 2 && !truncationChecked)
                    {
                        truncationChecked = true;
                        var capped = PathFinder.AllSimple(graph, from, to, options, maxPaths: result.Paths.Count - 1);
                        Assert.True(capped.Truncated);
                        Assert.Equal(result.Paths.Take(result.Paths.Count - 1).Select(PathFinderAllSimpleTests.Text), capped.Paths.Select(PathFinderAllSimpleTests.Text));
                    }
                }
            }
        });
    }

    [Fact]
    public void Shortest_RandomGraphs_BackwardIsForwardFromTheOtherEnd()
    {
        Seeds.ForAll(150, seed =>
        {
            var graph = TestGraph.Random(seed);
            for (var from = 0; from < graph.Addresses.Count; from++)
            {
                for (var to = 0; to < graph.Addresses.Count; to++)
                {
                    var forward = PathFinder.Shortest(graph, to, from);
                    var backward = PathFinder.Shortest(graph, from, to, new PathOptions { Direction = PathDirection.Backward });
                    Assert.Equal(forward?.Length, backward?.Length);
                }
            }
        });
    }

    /// <summary>Hops chain from → to, each hop is a real hop of its transaction, no address twice, time order when asked.</summary>
    private static void AssertValid(FlowGraph graph, FlowPath path, PathOptions options)
    {
        var at = path.From;
        var visited = new HashSet<int> { at };
        var last = -1;
        foreach (var hop in path.Hops)
        {
            Assert.Equal(at, hop.From);
            Assert.Contains(new NaivePaths.Hop(hop.From, hop.To, hop.Transaction, hop.Reversed), NaivePaths.HopsFrom(graph, hop.From, hop.Reversed ? PathDirection.Backward : PathDirection.Forward));
            Assert.True(visited.Add(hop.To));
            if (options.TimeRespecting && options.Direction != PathDirection.Undirected && last >= 0)
            {
                Assert.True(options.Direction == PathDirection.Forward ? hop.Transaction > last : hop.Transaction < last);
            }

            var (payer, receiver) = hop.Reversed ? (hop.To, hop.From) : (hop.From, hop.To);
            Assert.Equal(Sum(graph, graph.OutputsOf(hop.Transaction), receiver, input: false), hop.Amount);
            Assert.Equal(Sum(graph, graph.InputsOf(hop.Transaction), payer, input: true), hop.Sent);
            Assert.True(hop.Amount >= options.MinAmount);
            last = hop.Transaction;
            at = hop.To;
        }

        Assert.Equal(path.To, at);
    }

    private static UInt128 Sum(FlowGraph graph, Range legs, int address, bool input)
    {
        UInt128 sum = 0;
        var (offset, length) = legs.GetOffsetAndLength(int.MaxValue);
        for (var leg = offset; leg < offset + length; leg++)
        {
            var flowLeg = input ? graph.Input(leg) : graph.Output(leg);
            if (flowLeg.Address == address)
            {
                sum += flowLeg.Value;
            }
        }

        return sum;
    }
}
