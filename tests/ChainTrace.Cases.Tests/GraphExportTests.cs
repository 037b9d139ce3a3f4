using System.Xml.Linq;

namespace ChainTrace.Cases.Tests;

public sealed class GraphExportTests
{
    private static XDocument Load(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        return XDocument.Load(buffer);
    }

    [Fact]
    public void GraphMl_Sample_IsWellFormedWithAllNodesAndEdges()
    {
        var (_, graph) = SampleCase.Bitcoin();
        var document = Load(stream => GraphMlWriter.Write(graph, stream));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        Assert.Equal(8, document.Descendants(ns + "node").Count());
        Assert.Equal(7, document.Descendants(ns + "edge").Count());
        var exchange = document.Descendants(ns + "node").Single(node => (string?)node.Attribute("id") == "a:" + SampleCase.Exchange);
        Assert.Equal(SampleCase.HostileLabel, exchange.Elements(ns + "data").Single(data => (string?)data.Attribute("key") == "n_label").Value);
        Assert.Equal("700000000", exchange.Elements(ns + "data").Single(data => (string?)data.Attribute("key") == "n_tainted").Value);
        var extraKeys = document.Root!.Elements(ns + "key").Where(key => ((string?)key.Attribute("id"))!.StartsWith("n_x", StringComparison.Ordinal));
        Assert.Equal(["cluster", "script_type"], extraKeys.Select(key => (string?)key.Attribute("attr.name")));
    }

    [Fact]
    public void Gexf_Sample_IsWellFormedGexf12WithAllNodesAndEdges()
    {
        var (_, graph) = SampleCase.Bitcoin();
        var document = Load(stream => GexfWriter.Write(graph, stream, "t"));
        XNamespace ns = "http://www.gexf.net/1.2draft";

        Assert.Equal("1.2", (string?)document.Root!.Attribute("version"));
        Assert.Equal(8, document.Descendants(ns + "node").Count());
        Assert.Equal(7, document.Descendants(ns + "edge").Count());
        Assert.Equal(8, document.Descendants(XName.Get("position", "http://www.gexf.net/1.2draft/viz")).Count());
    }

    [Fact]
    public void Exports_ControlCharactersInLabels_StayWellFormed()
    {
        var node = CaseNode.ForAddress("1A\u0001", 0, 5, "BTC") with { Label = "bell\u0007 and lone \ud800 surrogate" };
        var graph = new CaseGraph([node], []);

        var graphml = Load(stream => GraphMlWriter.Write(graph, stream));
        var gexf = Load(stream => GexfWriter.Write(graph, stream));

        Assert.Contains("bell\ufffd and lone \ufffd surrogate", graphml.ToString(), StringComparison.Ordinal);
        Assert.Single(gexf.Descendants(XName.Get("node", "http://www.gexf.net/1.2draft")));
    }

    [Fact]
    public void FlowsCsv_Sample_HasOneRowPerEdgeInHopOrder()
    {
        var (_, graph) = SampleCase.Bitcoin();
        using var buffer = new MemoryStream();
        FlowsCsvWriter.Write(graph, buffer);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');

        Assert.Equal(9, lines.Length);
        Assert.Equal(FlowsCsvWriter.Header, lines[0]);
        Assert.Equal($"0,2017-08-03T04:05:06Z,{SampleCase.Tx1},{SampleCase.Seed2},WannaCry 2,{SampleCase.Tx1},,BTC,500000000,500000000", lines[1]);
        Assert.Equal($"1,2017-08-03T06:05:06Z,{SampleCase.Tx2},{SampleCase.Tx2},,{SampleCase.Exchange},\"Evil <script>alert('x')</script> & \"\"Co\"\"\",BTC,700000000,700000000", lines[6]);
        Assert.Equal(string.Empty, lines[8]);
    }

    [Fact]
    public void AddressesCsv_Sample_NeutralisesFormulasAndMarksExitsAndFlags()
    {
        var (result, graph) = SampleCase.Bitcoin();
        using var buffer = new MemoryStream();
        AddressesCsvWriter.Write(result, graph, buffer);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');

        Assert.Equal(8, lines.Length);
        Assert.Equal(AddressesCsvWriter.Header, lines[0]);
        Assert.Contains($"{SampleCase.Mixer},\"'=HYPERLINK(\"\"x\"\")\",mixer,2,false,true,BTC,499995000,,", lines);
        Assert.Contains($"{SampleCase.Hop1},,,1,false,false,BTC,1200000000,0.875,fan_out;peel_chain", lines);
        Assert.Contains($"{SampleCase.Seed1},WannaCry 1,ransomware,0,true,false,BTC,1000000000,,", lines);
    }
}
