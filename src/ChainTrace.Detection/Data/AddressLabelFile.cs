using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Reads a label file for training on any dataset: CSV with the header <c>address,label</c> and one row per address,
/// label <c>1</c>/<c>true</c> (positive) or <c>0</c>/<c>false</c>, optionally a third column <c>split</c>
/// (<c>train</c>, <c>test</c> or empty). Addresses must match the dataset's text exactly.
/// </summary>
public static class AddressLabelFile
{
    /// <summary>Reads <paramref name="path"/> and attaches the labels to <paramref name="graph"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="graph">The graph the addresses belong to.</param>
    /// <param name="missing">Receives the number of labelled addresses the graph does not contain (they are skipped).</param>
    /// <returns>The labelled graph (no transfer multiplicity).</returns>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="Core.ChainDataException">Bad header, label or split, or an address labelled twice (names file and line).</exception>
    public static LabelledGraph Read(string path, FlowGraph graph, out int missing)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(graph);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The label file {path} does not exist.", path);
        }

        var header = File.ReadLines(path).FirstOrDefault()?.TrimEnd('\r') ?? string.Empty;
        var withSplit = header == "address,label,split";
        var labels = new List<LabelledAddress>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        missing = 0;
        foreach (var (line, f) in CsvLines.Read(path, withSplit ? "address,label,split" : "address,label"))
        {
            if (!seen.Add(f[0]))
            {
                throw CsvLines.Error(path, line, $"Address {f[0]} is labelled twice.");
            }

            var positive = f[1].ToUpperInvariant() switch
            {
                "1" or "TRUE" => true,
                "0" or "FALSE" => false,
                _ => throw CsvLines.Error(path, line, $"The label '{f[1]}' is not 1, 0, true or false."),
            };
            var split = !withSplit ? DatasetSplit.None : f[2].ToUpperInvariant() switch
            {
                "" => DatasetSplit.None,
                "TRAIN" => DatasetSplit.Train,
                "TEST" => DatasetSplit.Test,
                _ => throw CsvLines.Error(path, line, $"The split '{f[2]}' is not train, test or empty."),
            };
            if (graph.Addresses.TryGetId(f[0], out var id))
            {
                labels.Add(new LabelledAddress(id, positive, split));
            }
            else
            {
                missing++;
            }
        }

        return new LabelledGraph(graph, labels, null);
    }
}
