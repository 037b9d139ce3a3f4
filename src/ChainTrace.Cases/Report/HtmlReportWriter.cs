using System.Globalization;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>
/// Writes <c>report.html</c>: one self-contained file (inline CSS, inline SVG, one small inline script for sorting
/// tables, a Content-Security-Policy that forbids loading anything and any other script) with the summary, a drawing
/// of the flow graph, the exits and exposure tables, flags with their evidence, seeds, parameters, provenance and
/// warnings. Everything taken from data is HTML-escaped. Deterministic: the same input gives the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Writes the report to a stream (left open).</summary>
    /// <param name="result">The case answer.</param>
    /// <param name="graph">The flow graph.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="maxDrawnNodes">Most nodes drawn (≥ 1); the report says when the drawing is cut.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDrawnNodes"/> is below 1.</exception>
    public static void Write(CaseResult result, CaseGraph graph, Stream output, int maxDrawnNodes = CaseBundleOptions.DefaultMaxDrawnNodes)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDrawnNodes, 1);
        var definition = result.Definition;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ReportAssets.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ChainTrace ").Append(Html.Escape(result.Provenance.ToolVersion)).Append("\">\n")
            .Append("<title>").Append(Html.Escape("ChainTrace case: " + definition.Title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportAssets.Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Html.Escape(definition.Title)).Append("</h1>\n<p>")
            .Append(Html.Escape($"{CaseNames.Of(definition.Chain)} {definition.Network} · policy {CaseNames.Of(result.Parameters.Policy)} · {CaseNames.Of(result.Parameters.Direction)} · up to {CaseText.Int(result.Parameters.MaxHops)} hops"))
            .Append("</p>\n");
        if (definition.Description is not null)
        {
            html.Append("<p>").Append(Html.Escape(definition.Description)).Append("</p>\n");
        }

        html.Append("</header>\n<nav><a href=\"#summary\">Summary</a><a href=\"#graph\">Flow graph</a><a href=\"#exits\">Exits</a><a href=\"#exposure\">Exposure</a><a href=\"#flags\">Flags</a><a href=\"#seeds\">Seeds</a><a href=\"#parameters\">Parameters</a><a href=\"#provenance\">Provenance</a>")
            .Append(result.Warnings.Count > 0 ? "<a href=\"#warnings\">Warnings</a>" : string.Empty).Append("</nav>\n<main>\n");
        ReportSections.Warnings(html, result);
        ReportSections.Summary(html, result, graph);
        WriteGraphSection(html, result, graph, maxDrawnNodes);
        ReportSections.Exits(html, result);
        ReportSections.Exposure(html, result);
        ReportSections.Flags(html, result);
        ReportSections.Seeds(html, definition);
        ReportSections.Parameters(html, result);
        ReportSections.Provenance(html, result);
        html.Append("</main>\n<footer>Written by ChainTrace ").Append(Html.Escape(result.Provenance.ToolVersion))
            .Append(". Amounts are shown in whole coins; base units (satoshi, wei) are in result.json, the CSV files and each amount's tooltip. ")
            .Append("Every file of this bundle is listed with its SHA-256 in manifest.json; check it with <code>chaintrace case verify</code>.</footer>\n")
            .Append("<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        output.Write(CaseText.Utf8.GetBytes(html.ToString()));
    }

    private static void WriteGraphSection(StringBuilder html, CaseResult result, CaseGraph graph, int maxDrawnNodes)
    {
        var exits = result.Exits.Select(exit => exit.Address).ToHashSet(StringComparer.Ordinal);
        var drawn = DrawingSelection.Select(graph, exits, maxDrawnNodes);
        html.Append("<section id=\"graph\"><h2>Flow graph</h2>\n");
        if (drawn.Count < graph.Nodes.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warning\" id=\"graph-capped\">The drawing shows {drawn.Count:N0} of {graph.Nodes.Count:N0} nodes: the seeds, the exits and then the largest tainted amounts. The full graph is in graph.graphml, graph.gexf and flows.csv.</p>\n");
        }

        html.Append("<p class=\"note\">Columns are hops from the seeds");
        html.Append(result.Parameters.Direction == CaseDirection.Backward ? " (right to left: a backward trace)" : " (left to right)");
        html.Append(". Boxes are addresses, dots are transactions; edge labels are tainted amounts. Hover for details.</p>\n");
        html.Append("<div class=\"drawing\">\n");
        SvgGraphRenderer.Render(html, result, graph, drawn, exits);
        html.Append("</div>\n<p class=\"legend\">");
        var categories = drawn.Where(node => node.Kind == CaseNodeKind.Address).Select(node => node.Category)
            .Distinct(StringComparer.Ordinal).OrderBy(category => category ?? string.Empty, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            html.Append("<span class=\"swatch\" style=\"background:").Append(CategoryPalette.Of(category)).Append("\"></span>")
                .Append(Html.Escape(category ?? "untagged"));
        }

        html.Append("<span class=\"swatch\" style=\"background:").Append(CategoryPalette.Transaction).Append(";border-radius:6px\"></span>transaction")
            .Append("<span class=\"swatch\" style=\"border:3px solid #111111\"></span>exit")
            .Append("<span class=\"swatch\" style=\"border:3px solid #d62728\"></span>seed</p>\n</section>\n");
    }
}
