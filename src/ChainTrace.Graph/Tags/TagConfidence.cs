namespace ChainTrace.Graph.Tags;

/// <summary>
/// The GraphSense confidence taxonomy: how much a tag's source is trusted, as a level from 0 to 100
/// (graphsense-tagpack-tool <c>confidence.csv</c>, with the later additions forensic_investigation,
/// ledger_immanent, heuristic and unknown).
/// </summary>
public static class TagConfidence
{
    private static readonly Dictionary<string, int> Levels = new(StringComparer.Ordinal)
    {
        ["override"] = 100,
        ["ownership"] = 100,
        ["ledger_immanent"] = 100,
        ["manual_transaction"] = 90,
        ["service_api"] = 70,
        ["forensic_investigation"] = 70,
        ["authority_data"] = 60,
        ["trusted_provider"] = 50,
        ["service_data"] = 50,
        ["forensic"] = 50,
        ["untrusted_transaction"] = 40,
        ["web_crawl"] = 20,
        ["heuristic"] = 10,
        ["unknown"] = 5,
    };

    /// <summary>The confidence names of the taxonomy.</summary>
    public static IReadOnlyCollection<string> Names => Levels.Keys;

    /// <summary>Looks up the level (0–100) of a confidence name; names are matched exactly (lower case).</summary>
    /// <param name="name">A confidence name such as <c>service_data</c>; null gives false.</param>
    /// <param name="level">The level, or 0 when the name is unknown.</param>
    /// <returns>True when the name is in the taxonomy.</returns>
    public static bool TryGetLevel(string? name, out int level)
    {
        level = 0;
        return name is not null && Levels.TryGetValue(name, out level);
    }
}
