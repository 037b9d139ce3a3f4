using System.Xml;

namespace ChainTrace.Cases;

/// <summary>The XML writer settings shared by the GraphML and GEXF exports: UTF-8 without BOM, two-space indent, LF.</summary>
internal static class XmlExport
{
    /// <summary>A writer over <paramref name="output"/> that leaves the stream open.</summary>
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = CaseText.Utf8,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Writes <c>&lt;name&gt;text&lt;/name&gt;</c> with XML-safe text.</summary>
    public static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, CaseText.XmlSafe(text));

    /// <summary>Writes an attribute with XML-safe text.</summary>
    public static void Attribute(XmlWriter xml, string name, string text) => xml.WriteAttributeString(name, CaseText.XmlSafe(text));

    /// <summary>The sorted union of the nodes' extra attribute names.</summary>
    public static List<string> ExtraAttributeNames(CaseGraph graph) =>
        [.. graph.Nodes.SelectMany(node => node.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary><c>address</c> or <c>transaction</c>.</summary>
    public static string KindName(CaseNodeKind kind) => kind == CaseNodeKind.Address ? "address" : "transaction";
}
