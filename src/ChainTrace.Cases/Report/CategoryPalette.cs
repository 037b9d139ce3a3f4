namespace ChainTrace.Cases;

/// <summary>Fixed colours for tag categories (known ones by name, others by a stable hash of the name).</summary>
internal static class CategoryPalette
{
    /// <summary>Fill of an untagged address.</summary>
    public const string UntaggedAddress = "#e8eef6";

    /// <summary>Fill of a transaction node.</summary>
    public const string Transaction = "#9aa5b1";

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["exchange"] = "#1f77b4",
        ["mixer"] = "#9467bd",
        ["coinjoin"] = "#8c6bb1",
        ["ransomware"] = "#d62728",
        ["sanction"] = "#7f0000",
        ["sanctioned"] = "#7f0000",
        ["darknet_market"] = "#8c564b",
        ["market"] = "#8c564b",
        ["gambling"] = "#e377c2",
        ["miner"] = "#bcbd22",
        ["defi"] = "#17becf",
        ["bridge"] = "#17becf",
        ["service"] = "#2ca02c",
        ["wallet_service"] = "#2ca02c",
        ["scam"] = "#ff7f0e",
        ["phishing"] = "#ff7f0e",
        ["hack"] = "#c44e52",
        ["service_hack"] = "#c44e52",
    };

    private static readonly string[] Fallback =
    [
        "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac", "#af7aa1",
    ];

    /// <summary>The fill colour (<c>#rrggbb</c>) for a category, or for an untagged address when null.</summary>
    public static string Of(string? category)
    {
        if (string.IsNullOrEmpty(category))
        {
            return UntaggedAddress;
        }

        if (Known.TryGetValue(category, out var colour))
        {
            return colour;
        }

        // FNV-1a over UTF-16 code units: stable across runs and machines (string.GetHashCode is randomised).
        var hash = 2166136261u;
        foreach (var c in category.ToLowerInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Fallback[hash % (uint)Fallback.Length];
    }

    /// <summary>The red, green and blue parts of a <c>#rrggbb</c> colour.</summary>
    public static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}
