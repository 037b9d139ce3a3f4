using System.Globalization;
using System.Text;

namespace ChainTrace.Scenarios.TagPacks;

/// <summary>
/// Writes a generated scenario's public-knowledge TagPack (GraphSense TagPack YAML) to <c>tags/scenario.yaml</c>:
/// a header (title, creator, description, lastmod, currency, confidence, source) inherited by every tag, and one tag
/// per address with label, category, confidence and actor.
/// </summary>
internal static class ScenarioTagPackWriter
{
    /// <summary>The TagPack's path relative to the scenario folder.</summary>
    public const string FileName = "tags/scenario.yaml";

    /// <summary>Writes the TagPack and returns its full path.</summary>
    /// <param name="scenarioDirectory">The scenario folder.</param>
    /// <param name="chain">The chain's name for the title and source, e.g. <c>Bitcoin</c>.</param>
    /// <param name="currency">The TagPack currency code, e.g. <c>BTC</c> or <c>ETH</c>.</param>
    /// <param name="seed">The scenario seed (named in the title).</param>
    /// <param name="lastModified">The pack's <c>lastmod</c> date.</param>
    /// <param name="description">What the pack labels.</param>
    /// <param name="quoteAddresses">Quote addresses (needed for 0x hex, which YAML would read as a number).</param>
    /// <param name="tags">Address, label (the owner's entity id) and category.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<string> WriteAsync(
        string scenarioDirectory,
        string chain,
        string currency,
        long seed,
        DateOnly lastModified,
        string description,
        bool quoteAddresses,
        IEnumerable<(string Address, string Label, string Category)> tags,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: ChainTrace generated {chain} scenario (seed {seed})\n");
        text.Append("creator: ChainTrace scenario generator\n");
        text.Append(CultureInfo.InvariantCulture, $"description: {description}\n");
        text.Append(CultureInfo.InvariantCulture, $"lastmod: {lastModified:yyyy-MM-dd}\n");
        text.Append("is_public: true\n");
        text.Append(CultureInfo.InvariantCulture, $"currency: {currency}\n");
        text.Append("confidence: service_data\n");
        text.Append(CultureInfo.InvariantCulture, $"source: https://example.invalid/chaintrace/scenarios/{chain.ToLowerInvariant()}\n");
        text.Append("tags:\n");
        foreach (var (address, label, category) in tags)
        {
            text.Append(quoteAddresses ? $"- address: '{address}'\n" : $"- address: {address}\n");
            text.Append(CultureInfo.InvariantCulture, $"  currency: {currency}\n");
            text.Append(CultureInfo.InvariantCulture, $"  label: {label}\n");
            text.Append(CultureInfo.InvariantCulture, $"  category: {category}\n");
            text.Append("  confidence: service_data\n");
            text.Append(CultureInfo.InvariantCulture, $"  actor: {label}\n");
        }

        var path = Path.Combine(scenarioDirectory, FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }
}
