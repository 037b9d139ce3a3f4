namespace ChainTrace.Graph.Tags;

/// <summary>
/// Shares one string per common TagPack/ActorPack key, so reading half a million tags does not allocate a million
/// copies of "address" and "label".
/// </summary>
internal static class YamlKeyPool
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Keys = Create();

    /// <summary>The pooled string equal to <paramref name="key"/>, or a new string when the key is not a common one.</summary>
    public static string Get(ReadOnlySpan<char> key) =>
        Keys.TryGetValue(key, out var pooled) ? pooled : key.ToString();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Create()
    {
        string[] keys =
        [
            "title", "creator", "description", "owner", "is_public", "tags", "label", "source", "currency", "network",
            "context", "confidence", "is_cluster_definer", "lastmod", "category", "abuse", "address", "tx_hash", "actor",
            "concepts", "tag_type", "actors", "id", "uri", "categories", "jurisdictions", "aliases",
        ];
        var map = keys.ToDictionary(k => k, StringComparer.Ordinal);
        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
