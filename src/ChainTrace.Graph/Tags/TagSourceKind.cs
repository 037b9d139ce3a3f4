namespace ChainTrace.Graph.Tags;

/// <summary>Which kind of list a tag came from.</summary>
public enum TagSourceKind
{
    /// <summary>A GraphSense TagPack (YAML).</summary>
    TagPack,

    /// <summary>An OFAC SDN digital-currency address list (one text or JSON file per currency).</summary>
    OfacList,

    /// <summary>The MyEtherWallet ethereum-lists address darklist (JSON).</summary>
    Darklist,

    /// <summary>Tags made by code (tests, an analyst's own list).</summary>
    Other,
}
