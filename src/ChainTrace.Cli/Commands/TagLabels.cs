using System.Globalization;
using ChainTrace.Graph;
using ChainTrace.Graph.Tags;

namespace ChainTrace.Cli.Commands;

/// <summary>Loads TagPack files into address labels for tracing, reporting file problems on the error stream.</summary>
internal static class TagLabels
{
    public static IAddressLabels Load(IReadOnlyList<string> paths, TextWriter warnings, CancellationToken cancellationToken)
    {
        var reader = new TagPackReader();
        var results = new List<TagLoadResult>();
        foreach (var path in paths)
        {
            results.Add(Directory.Exists(path) ? reader.ReadFolder(path, cancellationToken)
                : File.Exists(path) ? reader.ReadFile(path, cancellationToken)
                : throw new FileNotFoundException($"The tag source {path} does not exist.", path));
        }

        var all = TagLoadResult.Combine(results);
        var problems = all.Diagnostics.Count;
        if (problems > 0)
        {
            warnings.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tags: {all.Tags.Count} loaded; {problems} entries reported (first: {all.Diagnostics[0]})."));
        }

        // The most confident tag with a category wins per address; ties: the first read.
        return new AddressLabels(all.Tags
            .Where(t => t.Category is not null)
            .GroupBy(t => t.Address, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(t => t.ConfidenceLevel ?? 0).First())
            .Select(t => new KeyValuePair<string, AddressLabel>(t.Address, new AddressLabel(t.Label, t.Category!, t.Origin.ToString()))));
    }
}
