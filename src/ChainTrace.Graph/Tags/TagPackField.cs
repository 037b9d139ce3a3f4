namespace ChainTrace.Graph.Tags;

/// <summary>The fields of the GraphSense TagPack schema (header and tag).</summary>
internal enum TagPackField
{
    Address,
    Label,
    Source,
    Currency,
    Network,
    Context,
    Confidence,
    IsClusterDefiner,
    Lastmod,
    Category,
    Abuse,
    Actor,
    Concepts,
    TxHash,
    TagType,

    // Header only.
    Title,
    Creator,
    Description,
    Owner,
    IsPublic,
}

/// <summary>Names of <see cref="TagPackField"/>s as TagPacks write them.</summary>
internal static class TagPackFields
{
    /// <summary>Number of fields.</summary>
    public const int Count = (int)TagPackField.IsPublic + 1;

    private static readonly Dictionary<string, TagPackField> ByName = new(StringComparer.Ordinal)
    {
        ["address"] = TagPackField.Address,
        ["label"] = TagPackField.Label,
        ["source"] = TagPackField.Source,
        ["currency"] = TagPackField.Currency,
        ["network"] = TagPackField.Network,
        ["context"] = TagPackField.Context,
        ["confidence"] = TagPackField.Confidence,
        ["is_cluster_definer"] = TagPackField.IsClusterDefiner,
        ["lastmod"] = TagPackField.Lastmod,
        ["category"] = TagPackField.Category,
        ["abuse"] = TagPackField.Abuse,
        ["actor"] = TagPackField.Actor,
        ["concepts"] = TagPackField.Concepts,
        ["tx_hash"] = TagPackField.TxHash,
        ["tag_type"] = TagPackField.TagType,
        ["title"] = TagPackField.Title,
        ["creator"] = TagPackField.Creator,
        ["description"] = TagPackField.Description,
        ["owner"] = TagPackField.Owner,
        ["is_public"] = TagPackField.IsPublic,
    };

    /// <summary>Looks up a field by its key.</summary>
    public static bool TryGet(string key, out TagPackField field) => ByName.TryGetValue(key, out field);

    /// <summary>True for fields only the header may hold (not inherited, not allowed in a tag).</summary>
    public static bool IsHeaderOnly(TagPackField field) => field >= TagPackField.Title;
}
