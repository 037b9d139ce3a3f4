using System.Globalization;
using System.Xml;

namespace ChainTrace.Cases;

/// <summary>
/// Writes a <see cref="CaseGraph"/> as GraphML (directed; parallel edges kept). Node data: kind, name, label, category,
/// hop, seed, asset, tainted (base units as a decimal string, exact at any size) and each extra attribute as a string
/// key; edge data: txid, time (UTC ISO 8601), hop, asset, value and tainted (decimal strings). Absent values are
/// omitted. The output is deterministic: same graph, same bytes.
/// </summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string For, string Type)[] FixedKeys =
    [
        ("kind", "node", "string"), ("name", "node", "string"), ("label", "node", "string"), ("category", "node", "string"),
        ("hop", "node", "int"), ("seed", "node", "boolean"), ("asset", "node", "string"), ("tainted", "node", "string"),
        ("txid", "edge", "string"), ("time", "edge", "string"), ("hop", "edge", "int"), ("asset", "edge", "string"),
        ("value", "edge", "string"), ("tainted", "edge", "string"),
    ];

    /// <summary>Writes the graph to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CaseGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var extras = XmlExport.ExtraAttributeNames(graph);
        using var xml = XmlExport.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNs, Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, scope, type) in FixedKeys)
        {
            WriteKey(xml, $"{scope[0]}_{id}", scope, id, type);
        }

        for (var i = 0; i < extras.Count; i++)
        {
            WriteKey(xml, "n_x" + CaseText.Int(i), "node", extras[i], "string");
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "case");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            WriteNode(xml, node, extras);
        }

        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + CaseText.Int(i));
            XmlExport.Attribute(xml, "source", edge.Source);
            XmlExport.Attribute(xml, "target", edge.Target);
            Data(xml, "e_txid", edge.TxId);
            Data(xml, "e_time", CaseText.Time(edge.Time));
            Data(xml, "e_hop", CaseText.Int(edge.Hop));
            Data(xml, "e_asset", edge.Asset);
            Data(xml, "e_value", edge.Value.ToString(CultureInfo.InvariantCulture));
            Data(xml, "e_tainted", edge.Tainted.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteNode(XmlWriter xml, CaseNode node, List<string> extras)
    {
        xml.WriteStartElement("node");
        XmlExport.Attribute(xml, "id", node.Id);
        Data(xml, "n_kind", XmlExport.KindName(node.Kind));
        Data(xml, "n_name", node.Name);
        Data(xml, "n_label", node.Label);
        Data(xml, "n_category", node.Category);
        Data(xml, "n_hop", CaseText.Int(node.Hop));
        Data(xml, "n_seed", node.IsSeed ? "true" : "false");
        Data(xml, "n_asset", node.Asset);
        Data(xml, "n_tainted", node.Tainted.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < extras.Count; i++)
        {
            if (node.Attributes.TryGetValue(extras[i], out var value))
            {
                Data(xml, "n_x" + CaseText.Int(i), value);
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteKey(XmlWriter xml, string id, string scope, string name, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        XmlExport.Attribute(xml, "attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(CaseText.XmlSafe(value));
        xml.WriteEndElement();
    }
}
