using System.Globalization;

namespace ChainTrace.Cases;

/// <summary>
/// Writes <c>flows.csv</c>: one row per edge of the graph, in the graph's edge order, with columns
/// <c>hop,time,txid,source,source_label,target,target_label,asset,value,tainted</c> (source and target are the node
/// names — addresses or transaction hashes —, value and tainted in base units, time UTC ISO 8601).
/// </summary>
public static class FlowsCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "hop,time,txid,source,source_label,target,target_label,asset,value,tainted";

    /// <summary>Writes the rows to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CaseGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var csv = new CsvText();
        foreach (var column in Header.Split(','))
        {
            csv.Raw(column);
        }

        csv.EndRow();
        foreach (var edge in graph.Edges)
        {
            var source = graph[edge.Source];
            var target = graph[edge.Target];
            csv.Raw(CaseText.Int(edge.Hop))
                .Raw(CaseText.Time(edge.Time))
                .Text(edge.TxId)
                .Text(source.Name)
                .Text(source.Label)
                .Text(target.Name)
                .Text(target.Label)
                .Text(edge.Asset)
                .Raw(edge.Value.ToString(CultureInfo.InvariantCulture))
                .Raw(edge.Tainted.ToString(CultureInfo.InvariantCulture))
                .EndRow();
        }

        csv.WriteTo(output);
    }
}
