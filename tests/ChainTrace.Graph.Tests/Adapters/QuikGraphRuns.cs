using ChainTrace.Graph.Paths;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace ChainTrace.Graph.Tests.Adapters;

/// <summary>QuikGraph's algorithms run on the adapters, and our array BFS, in comparable shapes.</summary>
internal static class QuikGraphRuns
{
    /// <summary>Hop distances from <paramref name="start"/> by QuikGraph's Dijkstra with unit weights; -1 when unreachable.</summary>
    public static int[] Distances<TEdge>(IVertexListGraph<int, TEdge> graph, int start)
        where TEdge : IEdge<int>
    {
        var dijkstra = new DijkstraShortestPathAlgorithm<int, TEdge>(graph, _ => 1.0);
        dijkstra.Compute(start);
        return Read(graph.VertexCount, v => dijkstra.TryGetDistance(v, out var d) ? d : double.PositiveInfinity);
    }

    /// <summary>Hop distances from <paramref name="start"/> by QuikGraph's breadth-first search (tree edges); -1 when unreachable.</summary>
    public static int[] BreadthFirstDistances<TEdge>(IVertexListGraph<int, TEdge> graph, int start)
        where TEdge : IEdge<int>
    {
        var depths = new int[graph.VertexCount];
        Array.Fill(depths, -1);
        depths[start] = 0;
        var bfs = new BreadthFirstSearchAlgorithm<int, TEdge>(graph);
        bfs.TreeEdge += edge => depths[edge.Target] = depths[edge.Source] + 1;
        bfs.Compute(start);
        return depths;
    }

    /// <summary>The same on an undirected view.</summary>
    public static int[] UndirectedDistances<TEdge>(IUndirectedGraph<int, TEdge> graph, int start)
        where TEdge : IEdge<int>
    {
        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, TEdge>(graph, _ => 1.0);
        dijkstra.Compute(start);
        return Read(graph.VertexCount, v => dijkstra.TryGetDistance(v, out var d) ? d : double.PositiveInfinity);
    }

    /// <summary>Depths of every node after our array BFS from <paramref name="start"/>.</summary>
    public static int[] OurDepths(FlowBreadthFirstSearch search, int start, PathDirection direction)
    {
        search.Run(start, direction);
        return Enumerable.Range(0, search.Nodes.NodeCount).Select(search.Depth).ToArray();
    }

    /// <summary>QuikGraph's strongly connected components as a set of vertex sets (each sorted, as text).</summary>
    public static (int Count, HashSet<string> Components) StrongComponents<TEdge>(IVertexListGraph<int, TEdge> graph)
        where TEdge : IEdge<int>
    {
        var components = new Dictionary<int, int>();
        var count = graph.StronglyConnectedComponents(components);
        var sets = components.GroupBy(p => p.Value).Select(g => string.Join(',', g.Select(p => p.Key).Order())).ToHashSet(StringComparer.Ordinal);
        return (count, sets);
    }

    /// <summary>Components by mutual reachability from our array BFS (u and v together when each reaches the other).</summary>
    public static HashSet<string> OurStrongComponents(FlowGraph graph)
    {
        var search = new FlowBreadthFirstSearch(graph);
        var n = search.Nodes.NodeCount;
        var reach = new bool[n][];
        for (var u = 0; u < n; u++)
        {
            search.Run(u);
            reach[u] = Enumerable.Range(0, n).Select(v => search.Depth(v) >= 0).ToArray();
        }

        var assigned = new bool[n];
        var sets = new HashSet<string>(StringComparer.Ordinal);
        for (var u = 0; u < n; u++)
        {
            if (assigned[u])
            {
                continue;
            }

            var members = Enumerable.Range(u, n - u).Where(v => reach[u][v] && reach[v][u]).ToList();
            members.ForEach(v => assigned[v] = true);
            sets.Add(string.Join(',', members));
        }

        return sets;
    }

    private static int[] Read(int count, Func<int, double> distance) =>
        Enumerable.Range(0, count).Select(v => distance(v) is var d && d >= int.MaxValue ? -1 : (int)d).ToArray();
}
