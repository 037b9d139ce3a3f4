using ChainTrace.Scenarios.TagPacks;

namespace ChainTrace.Scenarios.Ethereum.AnswerKeys;

/// <summary>
/// Writes the scenario's public-knowledge TagPack (GraphSense TagPack YAML): only what public tag sources would carry,
/// the exchanges' hot wallets and the mixer contract. Deposit addresses, users and the operator are absent: finding
/// them is the investigation's job.
/// </summary>
internal static class EthereumTagPackWriter
{
    /// <summary>The TagPack's path relative to the scenario folder.</summary>
    public const string FileName = ScenarioTagPackWriter.FileName;

    /// <summary>Writes the TagPack and returns its full path.</summary>
    /// <param name="scenarioDirectory">The scenario folder.</param>
    /// <param name="seed">The seed (named in the title).</param>
    /// <param name="date">The pack's <c>lastmod</c> date.</param>
    /// <param name="tags">Address, label (the owner's entity id) and category (<c>exchange</c> or <c>mixer</c>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task<string> WriteAsync(
        string scenarioDirectory, long seed, DateOnly date, IEnumerable<(string Address, string Label, string Category)> tags, CancellationToken cancellationToken)
        => ScenarioTagPackWriter.WriteAsync(
            scenarioDirectory,
            "Ethereum",
            "ETH",
            seed,
            date,
            "Public-knowledge tags of a generated Ethereum scenario - exchange hot wallets and the mixer contract only.",
            quoteAddresses: true,
            tags,
            cancellationToken);
}
