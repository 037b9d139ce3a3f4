using System.Globalization;

namespace ChainTrace.Cases;

/// <summary>
/// Writes <c>addresses.csv</c>: one row per address node, sorted by address, with columns
/// <c>address,label,category,hop,seed,exit,asset,tainted,flag_score,flag_patterns</c> (tainted in base units; exit
/// is true when the address is in the exits table; the flag columns are empty for unflagged addresses, patterns
/// joined with <c>;</c>).
/// </summary>
public static class AddressesCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "address,label,category,hop,seed,exit,asset,tainted,flag_score,flag_patterns";

    /// <summary>Writes the rows to a stream (left open).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CaseResult result, CaseGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var exits = result.Exits.Select(exit => exit.Address).ToHashSet(StringComparer.Ordinal);
        var flags = new Dictionary<string, CaseFlag>(StringComparer.Ordinal);
        foreach (var flag in result.Flags.OrderByDescending(flag => flag.Score))
        {
            flags.TryAdd(flag.Address, flag);
        }

        var csv = new CsvText();
        foreach (var column in Header.Split(','))
        {
            csv.Raw(column);
        }

        csv.EndRow();
        foreach (var node in graph.Nodes.Where(node => node.Kind == CaseNodeKind.Address).OrderBy(node => node.Name, StringComparer.Ordinal).ThenBy(node => node.Id, StringComparer.Ordinal))
        {
            csv.Text(node.Name)
                .Text(node.Label)
                .Text(node.Category)
                .Raw(CaseText.Int(node.Hop))
                .Raw(node.IsSeed ? "true" : "false")
                .Raw(exits.Contains(node.Name) ? "true" : "false")
                .Text(node.Asset)
                .Raw(node.Tainted.ToString(CultureInfo.InvariantCulture));
            if (flags.TryGetValue(node.Name, out var flag))
            {
                csv.Raw(flag.Score.ToString("R", CultureInfo.InvariantCulture))
                    .Text(string.Join(';', flag.Patterns.Order(StringComparer.Ordinal)));
            }
            else
            {
                csv.Raw(string.Empty).Raw(string.Empty);
            }

            csv.EndRow();
        }

        csv.WriteTo(output);
    }
}
