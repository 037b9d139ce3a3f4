using System.Globalization;
using System.Text;

namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>
/// Writes the scenario's public-knowledge TagPack (GraphSense TagPack YAML): only what public tag sources would carry,
/// the exchanges' hot wallets and the mixer contract. Deposit addresses, users and the operator are absent: finding
/// them is the investigation's job.
/// </summary>
internal static class EthereumTagPackWriter
{
    /// <summary>The TagPack's path relative to the scenario folder.</summary>
    public const string FileName = "tags/scenario.yaml";

    /// <summary>Writes the TagPack and returns its full path.</summary>
    /// <param name="scenarioDirectory">The scenario folder.</param>
    /// <param name="seed">The seed (named in the title).</param>
    /// <param name="date">The pack's <c>lastmod</c> date.</param>
    /// <param name="tags">Address, label (the owner's entity id) and category (<c>exchange</c> or <c>mixer</c>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<string> WriteAsync(
        string scenarioDirectory, long seed, DateOnly date, IEnumerable<(string Address, string Label, string Category)> tags, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"title: ChainTrace generated Ethereum scenario (seed {seed})\n");
        text.Append("creator: ChainTrace scenario generator\n");
        text.Append("description: Public-knowledge tags of a generated Ethereum scenario - exchange hot wallets and the mixer contract only.\n");
        text.Append(CultureInfo.InvariantCulture, $"lastmod: {date:yyyy-MM-dd}\n");
        text.Append("is_public: true\n");
        text.Append("currency: ETH\n");
        text.Append("confidence: service_data\n");
        text.Append("source: https://example.invalid/chaintrace/scenarios/ethereum\n");
        text.Append("tags:\n");
        foreach (var (address, label, category) in tags)
        {
            text.Append(CultureInfo.InvariantCulture, $"- address: '{address}'\n");
            text.Append("  currency: ETH\n");
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
