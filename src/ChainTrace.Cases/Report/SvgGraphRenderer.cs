using System.Globalization;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>
/// Draws the flow graph as inline SVG: address boxes filled by tag category (exits with a thick dark border, seeds
/// with a red one), transactions as grey dots, edges as curves with arrowheads labelled with the tainted amount, and a
/// <c>title</c> tooltip on every node and edge with the full details.
/// </summary>
internal static class SvgGraphRenderer
{
    private const double BoxHeight = 24;
    private const double DotRadius = 7;

    /// <summary>Appends the SVG for the drawn nodes and the edges among them.</summary>
    public static void Render(StringBuilder html, CaseResult result, CaseGraph graph, IReadOnlyList<CaseNode> drawn, IReadOnlySet<string> exitAddresses)
    {
        var layout = GraphLayout.Compute(graph, drawn, result.Parameters.Direction);
        var width = Num(layout.Width);
        var height = Num(layout.Height);
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-graph\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Flow graph\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
        html.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#5b6b7b\"/></marker></defs>\n");
        html.Append("<g class=\"edges\">\n");
        foreach (var edge in graph.Edges)
        {
            if (layout.Positions.TryGetValue(edge.Source, out var from) && layout.Positions.TryGetValue(edge.Target, out var to))
            {
                RenderEdge(html, result, graph, edge, from, to);
            }
        }

        html.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var node in drawn.OrderBy(node => node.Id, StringComparer.Ordinal))
        {
            RenderNode(html, result, node, layout.Positions[node.Id], exitAddresses.Contains(node.Name) && node.Kind == CaseNodeKind.Address);
        }

        html.Append("</g>\n</svg>\n");
    }

    private static void RenderEdge(StringBuilder html, CaseResult result, CaseGraph graph, CaseEdge edge, (double X, double Y) from, (double X, double Y) to)
    {
        var rightwards = to.X >= from.X;
        var x1 = from.X + (rightwards ? HalfWidth(graph[edge.Source]) : -HalfWidth(graph[edge.Source]));
        var x2 = to.X - (rightwards ? HalfWidth(graph[edge.Target]) : -HalfWidth(graph[edge.Target]));
        var xm = (x1 + x2) / 2;
        var asset = result.AssetOf(edge.Asset);
        var tainted = AmountFormatter.Format(edge.Tainted, asset);
        var tooltip = $"{graph[edge.Source].Name} → {graph[edge.Target].Name}\ntx {edge.TxId}\n{CaseText.Time(edge.Time)}, hop {CaseText.Int(edge.Hop)}\nvalue {AmountFormatter.Format(edge.Value, asset)}\ntainted {tainted}";
        html.Append("<g class=\"edge\"><title>").Append(Html.Escape(tooltip)).Append("</title>");
        html.Append(CultureInfo.InvariantCulture, $"<path d=\"M {Num(x1)} {Num(from.Y)} C {Num(xm)} {Num(from.Y)}, {Num(xm)} {Num(to.Y)}, {Num(x2)} {Num(to.Y)}\" fill=\"none\" stroke=\"#7a8896\" stroke-width=\"{(edge.Tainted.IsZero ? "0.8" : "1.6")}\" marker-end=\"url(#arrow)\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Num(xm)}\" y=\"{Num(((from.Y + to.Y) / 2) - 3)}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#33414e\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">");
        html.Append(Html.Escape(ShortAmount(tainted))).Append("</text></g>\n");
    }

    private static void RenderNode(StringBuilder html, CaseResult result, CaseNode node, (double X, double Y) at, bool isExit)
    {
        var asset = result.AssetOf(node.Asset);
        var kind = node.Kind == CaseNodeKind.Address ? "address" : "transaction";
        var classes = kind + (isExit ? " exit" : string.Empty) + (node.IsSeed ? " seed" : string.Empty);
        var tooltip = new StringBuilder().Append(kind).Append(' ').Append(node.Name);
        if (node.Label is not null)
        {
            tooltip.Append('\n').Append(node.Label);
        }

        if (node.Category is not null)
        {
            tooltip.Append("\ncategory ").Append(node.Category);
        }

        tooltip.Append("\nhop ").Append(CaseText.Int(node.Hop)).Append(", tainted ").Append(AmountFormatter.Format(node.Tainted, asset));
        html.Append("<g class=\"node ").Append(classes).Append("\" data-id=\"").Append(Html.Escape(node.Id)).Append("\"><title>")
            .Append(Html.Escape(tooltip.ToString())).Append("</title>");
        if (node.Kind == CaseNodeKind.Transaction)
        {
            html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Num(at.X)}\" cy=\"{Num(at.Y)}\" r=\"{Num(DotRadius)}\" fill=\"{CategoryPalette.Transaction}\" stroke=\"{(node.IsSeed ? "#d62728" : "#5b6b7b")}\" stroke-width=\"{(node.IsSeed ? "3" : "1")}\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Num(at.X)}\" y=\"{Num(at.Y - DotRadius - 3)}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#5b6b7b\">");
            html.Append(Html.Escape(node.Name.Length > 8 ? node.Name[..8] : node.Name)).Append("</text></g>\n");
            return;
        }

        var fill = CategoryPalette.Of(node.Category);
        var (r, g, b) = CategoryPalette.Rgb(fill);
        var textColour = (0.299 * r) + (0.587 * g) + (0.114 * b) < 140 ? "#ffffff" : "#1d2733";
        var (stroke, strokeWidth) = isExit ? ("#111111", "3") : node.IsSeed ? ("#d62728", "3") : ("#5b6b7b", "1");
        html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Num(at.X - (GraphLayout.BoxWidth / 2))}\" y=\"{Num(at.Y - (BoxHeight / 2))}\" width=\"{Num(GraphLayout.BoxWidth)}\" height=\"{Num(BoxHeight)}\" rx=\"5\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth}\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Num(at.X)}\" y=\"{Num(at.Y + 4)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{textColour}\">");
        var text = node.Label is null ? Html.Abbreviate(node.Name, 8, 6) : Html.Truncate($"{node.Label} {Html.Abbreviate(node.Name, 4, 3)}", 24);
        html.Append(Html.Escape(text)).Append("</text></g>\n");
    }

    private static double HalfWidth(CaseNode node) => node.Kind == CaseNodeKind.Transaction ? DotRadius : GraphLayout.BoxWidth / 2;

    private static string ShortAmount(string formatted)
    {
        // Keep at most 8 decimals in the drawing (full precision is in the tooltip and the tables).
        var dot = formatted.IndexOf('.', StringComparison.Ordinal);
        var space = formatted.IndexOf(' ', StringComparison.Ordinal);
        return dot >= 0 && space > dot + 9 ? formatted[..(dot + 9)] + "…" + formatted[space..] : formatted;
    }

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
