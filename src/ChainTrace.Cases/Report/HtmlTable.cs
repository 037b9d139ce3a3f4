using System.Numerics;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>Builds one HTML table; every cell's text is escaped.</summary>
internal sealed class HtmlTable
{
    private readonly StringBuilder _html;

    /// <summary>Opens a table with a header row. Header names ending in <c>:int</c> or <c>:float</c> sort numerically.</summary>
    public HtmlTable(StringBuilder html, string id, bool sortable, params string[] headers)
    {
        _html = html;
        _html.Append("<table id=\"").Append(id).Append('"').Append(sortable ? " class=\"sortable\"" : string.Empty).Append("><thead><tr>");
        foreach (var header in headers)
        {
            var colon = header.LastIndexOf(':');
            var (name, type) = colon < 0 ? (header, null) : (header[..colon], header[(colon + 1)..]);
            _html.Append("<th").Append(type is null ? string.Empty : $" data-type=\"{type}\"").Append('>').Append(Html.Escape(name)).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
    }

    /// <summary>Starts a row.</summary>
    public HtmlTable Row()
    {
        _html.Append("<tr>");
        return this;
    }

    /// <summary>A text cell.</summary>
    public HtmlTable Cell(string? text, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<td>" : $"<td class=\"{cssClass}\">").Append(Html.Escape(text)).Append("</td>");
        return this;
    }

    /// <summary>A cell of already-built, escaped HTML.</summary>
    public HtmlTable RawCell(string html)
    {
        _html.Append("<td>").Append(html).Append("</td>");
        return this;
    }

    /// <summary>An amount cell: people's units shown, base units as the sort key and tooltip.</summary>
    public HtmlTable Amount(BigInteger baseUnits, CaseAsset asset)
    {
        var raw = baseUnits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _html.Append("<td class=\"num\" data-sort=\"").Append(raw).Append("\" title=\"").Append(raw).Append(" base units\">")
            .Append(Html.Escape(AmountFormatter.Format(baseUnits, asset))).Append("</td>");
        return this;
    }

    /// <summary>A numeric cell.</summary>
    public HtmlTable Number(string text)
    {
        _html.Append("<td class=\"num\">").Append(Html.Escape(text)).Append("</td>");
        return this;
    }

    /// <summary>Ends the row.</summary>
    public HtmlTable End()
    {
        _html.Append("</tr>\n");
        return this;
    }

    /// <summary>Closes the table.</summary>
    public void Close() => _html.Append("</tbody></table>\n");
}
