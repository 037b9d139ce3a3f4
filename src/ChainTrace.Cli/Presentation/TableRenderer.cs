using System.Globalization;
using System.Text;
using ChainTrace.Storage;

namespace ChainTrace.Cli.Presentation;

/// <summary>Renders a query result as an aligned plain-text table with a row count, for people.</summary>
internal static class TableRenderer
{
    private const int MaxCellWidth = 66;

    public static string Render(QueryResult result)
    {
        var cells = new List<string[]>(result.Rows.Count + 1) { result.Columns.ToArray() };
        foreach (var row in result.Rows)
        {
            cells.Add(Array.ConvertAll(row, Format));
        }

        var widths = new int[result.Columns.Count];
        foreach (var line in cells)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], line[i].Length);
            }
        }

        var text = new StringBuilder();
        for (var r = 0; r < cells.Count; r++)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var numeric = r > 0 && result.Rows[r - 1][i] is sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float or System.Numerics.BigInteger or Int128 or UInt128;
                text.Append(numeric ? cells[r][i].PadLeft(widths[i]) : cells[r][i].PadRight(widths[i]));
                text.Append(i + 1 < widths.Length ? "  " : string.Empty);
            }

            text.Append('\n');
            if (r == 0)
            {
                text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"({result.Rows.Count} row{(result.Rows.Count == 1 ? string.Empty : "s")})\n");
        return text.ToString();
    }

    private static string Format(object? value)
    {
        var text = value switch
        {
            null => "NULL",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.Length > MaxCellWidth ? string.Concat(text.AsSpan(0, MaxCellWidth - 1), "…") : text;
    }
}
