using System.Text.Json;

namespace ChainTrace.Cases.Tests;

/// <summary>An independent reader (networkx, Debian python3-networkx) must see the same graph as we wrote.</summary>
public sealed class NetworkxReaderTests
{
    private const string Script = """
        import json, sys
        import networkx as nx
        graphml = nx.read_graphml(sys.argv[1])
        gexf = nx.read_gexf(sys.argv[2])
        exchange = sys.argv[3]
        print(json.dumps({
            "version": nx.__version__,
            "graphml": [graphml.number_of_nodes(), graphml.number_of_edges(), graphml.is_directed()],
            "gexf": [gexf.number_of_nodes(), gexf.number_of_edges(), gexf.is_directed()],
            "graphml_label": graphml.nodes[exchange].get("label"),
            "graphml_tainted": graphml.nodes[exchange]["tainted"],
            "graphml_hop": graphml.nodes[exchange]["hop"],
            "gexf_category": gexf.nodes[exchange].get("category"),
            "gexf_hop": gexf.nodes[exchange]["hop"],
        }))
        """;

    [NetworkxFact]
    public async Task ReadGraphMlAndGexf_SampleBundle_SameCountsAndAttributes()
    {
        Assert.NotEmpty(ToolAvailability.PythonsWithNetworkx);
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);

        foreach (var python in ToolAvailability.PythonsWithNetworkx)
        {
            var json = await RunAsync(python, bundle, "a:" + SampleCase.Exchange);

            Assert.Equal("[8,7,true]", json.GetProperty("graphml").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.Equal("[8,7,true]", json.GetProperty("gexf").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
            Assert.Equal(SampleCase.HostileLabel, json.GetProperty("graphml_label").GetString());
            Assert.Equal("700000000", json.GetProperty("graphml_tainted").GetString());
            Assert.Equal(2, json.GetProperty("graphml_hop").GetInt32());
            Assert.Equal("exchange", json.GetProperty("gexf_category").GetString());
            Assert.Equal(2, json.GetProperty("gexf_hop").GetInt32());
        }
    }

    [NetworkxFact]
    public async Task ReadGraphMlAndGexf_ParallelEdgesAndLargeGraph_SameCounts()
    {
        using var dir = new TempDirectory();
        var (result, chain) = SampleCase.Chain(150);
        var first = chain.Edges[0];
        var graph = new CaseGraph(chain.Nodes, [.. chain.Edges, new CaseEdge(first.Source, first.Target, "BTC", 5, 0, first.Time, first.TxId, first.Hop)]);
        await CaseBundleWriter.WriteAsync(result, graph, dir.Sub("bundle"));

        foreach (var python in ToolAvailability.PythonsWithNetworkx)
        {
            var json = await RunAsync(python, dir.Sub("bundle"), "a:1Addr00002");

            Assert.Equal(300, json.GetProperty("graphml")[0].GetInt32());
            Assert.Equal(300, json.GetProperty("graphml")[1].GetInt32());
            Assert.Equal(300, json.GetProperty("gexf")[0].GetInt32());
            Assert.Equal(300, json.GetProperty("gexf")[1].GetInt32());
        }
    }

    private static async Task<JsonElement> RunAsync(string python, string bundle, string node)
    {
        var outcome = await ExternalTool.RunAsync(
            python,
            ["-c", Script, Path.Combine(bundle, "graph.graphml"), Path.Combine(bundle, "graph.gexf"), node],
            TimeSpan.FromSeconds(60));
        Assert.True(outcome.ExitCode == 0, $"{python} failed: {outcome.StandardError}");
        return JsonDocument.Parse(outcome.StandardOutput).RootElement.Clone();
    }
}
