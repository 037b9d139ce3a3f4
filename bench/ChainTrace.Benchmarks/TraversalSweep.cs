using QuikGraph;

namespace ChainTrace.Benchmarks;

/// <summary>
/// The breadth-first sweep of the benchmark written once against QuikGraph's interface, so the QuikGraph copy and the
/// adapter run exactly the loop <see cref="Graph.Paths.FlowBreadthFirstSearch.RunAll"/> runs on the arrays: from every
/// vertex not reached yet, in vertex order, a breadth-first tree along the out-edges.
/// </summary>
public sealed class TraversalSweep
{
    private readonly int[] _stamp;
    private readonly int[] _queue;
    private readonly int[] _depth;
    private int _run;

    /// <summary>Buffers for graphs of <paramref name="vertexCount"/> vertices 0 … n-1.</summary>
    public TraversalSweep(int vertexCount)
    {
        _stamp = new int[vertexCount];
        _queue = new int[vertexCount];
        _depth = new int[vertexCount];
    }

    /// <summary>Sweeps <paramref name="graph"/>; returns the edges scanned (every edge once).</summary>
    public long Run<TEdge>(IImplicitGraph<int, TEdge> graph)
        where TEdge : IEdge<int>
    {
        var run = ++_run;
        var stamp = _stamp;
        var queue = _queue;
        var depths = _depth;
        long edges = 0;
        var tail = 0;
        for (var root = 0; root < stamp.Length; root++)
        {
            if (stamp[root] == run)
            {
                continue;
            }

            stamp[root] = run;
            depths[root] = 0;
            var head = tail;
            queue[tail++] = root;
            while (head < tail)
            {
                var node = queue[head++];
                var depth = depths[node] + 1;
                foreach (var edge in graph.OutEdges(node))
                {
                    edges++;
                    var next = edge.Target;
                    if (stamp[next] != run)
                    {
                        stamp[next] = run;
                        depths[next] = depth;
                        queue[tail++] = next;
                    }
                }
            }
        }

        return edges;
    }
}
