using System.Globalization;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>The table sections of the HTML report.</summary>
internal static class ReportSections
{
    public static void Summary(StringBuilder html, CaseResult result, CaseGraph graph)
    {
        html.Append("<section id=\"summary\"><h2>Summary</h2>\n");
        var totals = new HtmlTable(html, "totals-table", sortable: false, "Asset", "Seeded", "Reaching exits", "Held", "Fees");
        foreach (var row in CaseOrdering.Totals(result))
        {
            var asset = result.AssetOf(row.Asset);
            totals.Row().Cell(asset.Symbol).Amount(row.Seeded, asset).Amount(row.ReachingExits, asset).Amount(row.Held, asset).Amount(row.Fees, asset).End();
        }

        totals.Close();
        var counts = new HtmlTable(html, "summary-table", sortable: false, "Figure", "Value");
        void Count(string name, int value) => counts.Row().Cell(name).Number(value.ToString("N0", CultureInfo.InvariantCulture)).End();
        Count("Seeds", result.Definition.Seeds.Count);
        Count("Addresses in the flow graph", graph.Nodes.Count(node => node.Kind == CaseNodeKind.Address));
        Count("Transactions in the flow graph", graph.Nodes.Count(node => node.Kind == CaseNodeKind.Transaction));
        Count("Flows (edges)", graph.Edges.Count);
        Count("Exits", result.Exits.Count);
        Count("Flagged addresses", result.Flags.Count);
        Count("Deepest hop reached", graph.Nodes.Count == 0 ? 0 : graph.Nodes.Max(node => node.Hop));
        counts.Close();
        html.Append("</section>\n");
    }

    public static void Exits(StringBuilder html, CaseResult result)
    {
        html.Append("<section id=\"exits\"><h2>Exits</h2>\n<p class=\"note\">Tainted value that reached tagged addresses (where the trace stops). Click a column to sort.</p>\n");
        var table = new HtmlTable(html, "exits-table", sortable: true, "Entity", "Category", "Address", "Amount:int", "Hops:int", "Transactions");
        foreach (var exit in CaseOrdering.Exits(result))
        {
            table.Row().Cell(exit.Entity).Cell(exit.Category).Cell(exit.Address, "mono").Amount(exit.Amount, result.AssetOf(exit.Asset))
                .Number(CaseText.Int(exit.Hops)).RawCell(TxList(exit.TxIds)).End();
        }

        table.Close();
        if (result.Exits.Count == 0)
        {
            html.Append("<p class=\"note\">No exits were reached.</p>\n");
        }

        html.Append("</section>\n");
    }

    public static void Exposure(StringBuilder html, CaseResult result)
    {
        html.Append("<section id=\"exposure\"><h2>Exposure</h2>\n<p class=\"note\">Value moved between the case and each category: directly (one hop) or indirectly (two or more hops).</p>\n");
        var table = new HtmlTable(html, "exposure-table", sortable: true, "Category", "Direction", "Direct:int", "Indirect:int");
        foreach (var row in CaseOrdering.Exposure(result))
        {
            var asset = result.AssetOf(row.Asset);
            table.Row().Cell(row.Category).Cell(row.Direction == ExposureDirection.Outgoing ? "outgoing" : "incoming")
                .Amount(row.Direct, asset).Amount(row.Indirect, asset).End();
        }

        table.Close();
        html.Append("</section>\n");
    }

    public static void Flags(StringBuilder html, CaseResult result)
    {
        html.Append("<section id=\"flags\"><h2>Flags</h2>\n");
        var flags = CaseOrdering.Flags(result);
        if (flags.Count == 0)
        {
            html.Append("<p class=\"note\">No address was flagged.</p>\n");
        }

        var index = 0;
        foreach (var flag in flags)
        {
            html.Append("<div class=\"flag\"><h3><span class=\"mono\">").Append(Html.Escape(flag.Address)).Append("</span> — score ")
                .Append(Html.Escape(flag.Score.ToString("0.###", CultureInfo.InvariantCulture))).Append("</h3>\n<p>Patterns: ")
                .Append(Html.Escape(string.Join(", ", flag.Patterns))).Append("</p>\n");
            var table = new HtmlTable(html, "flag-evidence-" + CaseText.Int(index++), sortable: false, "Evidence", "Transaction or feature", "Value");
            foreach (var evidence in flag.Evidence)
            {
                table.Row().Cell(evidence.Kind).Cell(evidence.Reference, "mono").Cell(evidence.Value).End();
            }

            table.Close();
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    public static void Seeds(StringBuilder html, CaseDefinition definition)
    {
        html.Append("<section id=\"seeds\"><h2>Seeds</h2>\n");
        var table = new HtmlTable(html, "seeds-table", sortable: false, "Kind", "Seed", "Label", "Category", "Abuse", "Source");
        foreach (var seed in definition.Seeds)
        {
            table.Row().Cell(CaseSeed.KindName(seed.Kind)).Cell(seed.Value, "mono").Cell(seed.Label).Cell(seed.Category).Cell(seed.Abuse).Cell(seed.Source).End();
        }

        table.Close();
        html.Append("</section>\n");
    }

    public static void Parameters(StringBuilder html, CaseResult result)
    {
        var parameters = result.Parameters;
        var coin = result.Definition.Chain == Core.ChainKind.Bitcoin ? CaseAsset.Bitcoin : CaseAsset.Ether;
        html.Append("<section id=\"parameters\"><h2>Parameters</h2>\n");
        var table = new HtmlTable(html, "parameters-table", sortable: false, "Parameter", "Value");
        table.Row().Cell("Policy").Cell(CaseNames.Of(parameters.Policy)).End();
        table.Row().Cell("Direction").Cell(CaseNames.Of(parameters.Direction)).End();
        table.Row().Cell("Maximum hops").Number(CaseText.Int(parameters.MaxHops)).End();
        table.Row().Cell("Minimum amount").Amount(parameters.MinAmount, coin).End();
        table.Row().Cell("From (inclusive)").Cell(parameters.From is { } from ? CaseText.Time(from) : "no lower bound").End();
        table.Row().Cell("To (exclusive)").Cell(parameters.To is { } to ? CaseText.Time(to) : "no upper bound").End();
        table.Row().Cell("Stop at categories").Cell(parameters.StopAtCategories.Count == 0 ? "none" : string.Join(", ", parameters.StopAtCategories)).End();
        table.Row().Cell("Tag sources").Cell(parameters.TagSources.Count == 0 ? "none" : string.Join(", ", parameters.TagSources)).End();
        foreach (var (name, value) in CaseOrdering.ByKey(parameters.Extra))
        {
            table.Row().Cell(name).Cell(value).End();
        }

        table.Close();
        html.Append("</section>\n");
    }

    public static void Provenance(StringBuilder html, CaseResult result)
    {
        var provenance = result.Provenance;
        html.Append("<section id=\"provenance\"><h2>Provenance</h2>\n");
        var table = new HtmlTable(html, "provenance-table", sortable: false, "Item", "Value");
        table.Row().Cell("Dataset").Cell(provenance.DatasetName).End();
        table.Row().Cell("Chain and network").Cell($"{provenance.Chain} {provenance.Network}").End();
        table.Row().Cell("Checkpoint height").Cell(provenance.CheckpointHeight is { } height ? CaseText.Int(height) : "none").End();
        table.Row().Cell("Checkpoint block hash").Cell(provenance.CheckpointHash ?? "none", "mono").End();
        table.Row().Cell("dataset.json SHA-256").Cell(provenance.DatasetJsonSha256 ?? "none", "mono").End();
        table.Row().Cell("ChainTrace version").Cell(provenance.ToolVersion).End();
        table.Row().Cell("Case source").Cell(result.Definition.Source ?? "not stated").End();
        table.Close();
        html.Append("<h3>Input files</h3>\n");
        var inputs = new HtmlTable(html, "inputs-table", sortable: false, "Role", "Name", "SHA-256", "Bytes");
        foreach (var input in CaseOrdering.Inputs(provenance.Inputs))
        {
            inputs.Row().Cell(input.Role).Cell(input.Name).Cell(input.Sha256, "mono").Number(CaseText.Int(input.Size)).End();
        }

        inputs.Close();
        html.Append("</section>\n");
    }

    public static void Warnings(StringBuilder html, CaseResult result)
    {
        if (result.Warnings.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"warnings\"><h2>Warnings</h2>\n<ul>\n");
        foreach (var warning in result.Warnings)
        {
            html.Append("<li class=\"warning\">").Append(Html.Escape(warning)).Append("</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string TxList(IReadOnlyList<string> txids)
    {
        var shown = txids.Take(5).Select(txid => $"<span class=\"mono\" title=\"{Html.Escape(txid)}\">{Html.Escape(Html.Abbreviate(txid, 10, 6))}</span>");
        var more = txids.Count > 5 ? $" and {CaseText.Int(txids.Count - 5)} more" : string.Empty;
        return string.Join("<br>", shown) + Html.Escape(more);
    }
}
