using ChainTrace.Scenarios.TagPacks;

namespace ChainTrace.Scenarios.Bitcoin.AnswerKeys;

/// <summary>
/// Writes the scenario's public-knowledge TagPack (GraphSense TagPack YAML): only what public tag sources would carry —
/// the exchanges' hot wallet addresses and the CoinJoin coordinators' fee addresses. Deposit addresses, users and the
/// ransomware operator are deliberately absent: finding them is the investigation's job.
/// </summary>
internal static class TagPackWriter
{
    /// <summary>The TagPack's path relative to the scenario folder.</summary>
    public const string FileName = ScenarioTagPackWriter.FileName;

    /// <summary>Writes the TagPack.</summary>
    /// <param name="scenarioDirectory">The scenario folder.</param>
    /// <param name="seed">The scenario seed (named in the title).</param>
    /// <param name="date">The pack's <c>lastmod</c> date.</param>
    /// <param name="tags">Address, label (the owner's entity id) and category (<c>exchange</c> or <c>coinjoin</c>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsync(
        string scenarioDirectory, long seed, DateTimeOffset date, IEnumerable<(string Address, string Label, string Category)> tags, CancellationToken cancellationToken)
        => ScenarioTagPackWriter.WriteAsync(
            scenarioDirectory,
            "Bitcoin",
            "BTC",
            seed,
            DateOnly.FromDateTime(date.DateTime),
            "Public-knowledge tags of a generated regtest scenario - exchange hot wallets and CoinJoin coordinator fee addresses only.",
            quoteAddresses: false,
            tags,
            cancellationToken);
}
