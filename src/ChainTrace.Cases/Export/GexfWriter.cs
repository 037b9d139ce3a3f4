using System.Globalization;
using System.Xml;

namespace ChainTrace.Cases;

/// <summary>
/// Writes a <see cref="CaseGraph"/> as GEXF 1.2 (namespace <c>http://www.gexf.net/1.2draft</c>; static, directed;
/// parallel edges kept), with the same node and edge attributes as <see cref="GraphMlWriter"/> and viz data for Gephi:
/// position from the report's layered layout, colour by tag category, size by node kind. GEXF 1.2 rather than 1.3
/// because Gephi reads both but networkx before 3.0 (Debian 12's python3-networkx 2.8) reads only 1.1 and 1.2, and
/// nothing here needs 1.3. No modification date is written, so the output is deterministic.
/// </summary>
public static class GexfWriter
{
    private const string Ns = "http://www.gexf.net/1.2draft";
    private const string VizNs = "http://www.gexf.net/1.2draft/viz";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string Type)[] NodeAttributes =
        [("kind", "string"), ("name", "string"), ("category", "string"), ("hop", "integer"), ("seed", "boolean"), ("asset", "string"), ("tainted", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("txid", "string"), ("time", "string"), ("hop", "integer"), ("asset", "string"), ("value", "string"), ("tainted", "string")];

    /// <summary>Writes the graph to a stream (left open).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="title">Written as the GEXF description (the case title), or null.</param>
    /// <param name="direction">Trace direction, which mirrors the layout for backward traces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="output"/> is null.</exception>
    public static void Write(CaseGraph graph, Stream output, string? title = null, CaseDirection direction = CaseDirection.Forward)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var extras = XmlExport.ExtraAttributeNames(graph);
        var layout = GraphLayout.Compute(graph, graph.Nodes, direction);
        using var xml = XmlExport.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("xmlns", "viz", null, VizNs);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNs, Ns + " http://www.gexf.net/1.2draft/gexf.xsd");
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta");
        XmlExport.Element(xml, "creator", "ChainTrace");
        if (title is not null)
        {
            XmlExport.Element(xml, "description", title);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        WriteAttributeDeclarations(xml, "node", [.. NodeAttributes, .. extras.Select(name => (name, "string"))]);
        WriteAttributeDeclarations(xml, "edge", EdgeAttributes);
        xml.WriteStartElement("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteNode(xml, node, extras, layout.Positions[node.Id]);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", CaseText.Int(i));
            XmlExport.Attribute(xml, "source", edge.Source);
            XmlExport.Attribute(xml, "target", edge.Target);
            xml.WriteStartElement("attvalues");
            AttValue(xml, "txid", edge.TxId);
            AttValue(xml, "time", CaseText.Time(edge.Time));
            AttValue(xml, "hop", CaseText.Int(edge.Hop));
            AttValue(xml, "asset", edge.Asset);
            AttValue(xml, "value", edge.Value.ToString(CultureInfo.InvariantCulture));
            AttValue(xml, "tainted", edge.Tainted.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteAttributeDeclarations(XmlWriter xml, string scope, IReadOnlyList<(string Id, string Type)> attributes)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", scope);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute");
            XmlExport.Attribute(xml, "id", id);
            XmlExport.Attribute(xml, "title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, CaseNode node, List<string> extras, (double X, double Y) position)
    {
        xml.WriteStartElement("node");
        XmlExport.Attribute(xml, "id", node.Id);
        XmlExport.Attribute(xml, "label", node.Label ?? node.Name);
        xml.WriteStartElement("attvalues");
        AttValue(xml, "kind", XmlExport.KindName(node.Kind));
        AttValue(xml, "name", node.Name);
        if (node.Category is not null)
        {
            AttValue(xml, "category", node.Category);
        }

        AttValue(xml, "hop", CaseText.Int(node.Hop));
        AttValue(xml, "seed", node.IsSeed ? "true" : "false");
        AttValue(xml, "asset", node.Asset);
        AttValue(xml, "tainted", node.Tainted.ToString(CultureInfo.InvariantCulture));
        foreach (var name in extras)
        {
            if (node.Attributes.TryGetValue(name, out var value))
            {
                AttValue(xml, name, value);
            }
        }

        xml.WriteEndElement();
        var (r, g, b) = CategoryPalette.Rgb(node.Kind == CaseNodeKind.Transaction ? CategoryPalette.Transaction : CategoryPalette.Of(node.Category));
        xml.WriteStartElement("viz", "color", VizNs);
        xml.WriteAttributeString("r", CaseText.Int(r));
        xml.WriteAttributeString("g", CaseText.Int(g));
        xml.WriteAttributeString("b", CaseText.Int(b));
        xml.WriteEndElement();
        xml.WriteStartElement("viz", "position", VizNs);
        xml.WriteAttributeString("x", position.X.ToString("0.#", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("y", (-position.Y).ToString("0.#", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("z", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("viz", "size", VizNs);
        xml.WriteAttributeString("value", node.Kind == CaseNodeKind.Transaction ? "4" : "10");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void AttValue(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue");
        XmlExport.Attribute(xml, "for", id);
        XmlExport.Attribute(xml, "value", value);
        xml.WriteEndElement();
    }
}
