namespace ChainTrace.Graph.Tags;

/// <summary>
/// One attribution of an address: "this address is Binance", "this is a WannaCry ransom address", "OFAC sanctioned".
/// Field names follow the GraphSense TagPack schema; TagPack header fields are already inherited.
/// </summary>
public sealed record AddressTag
{
    /// <summary>
    /// The address, normalised as the dataset stores it: Bitcoin base58 as is, bech32 lower case, Ethereum (and any
    /// 0x + 40 hex account) lower-case 0x hex, everything else as written with surrounding white space trimmed.
    /// </summary>
    public required string Address { get; init; }

    /// <summary>The asset ticker as the source writes it (e.g. BTC, ETH, USDT); OFAC's XBT is read as BTC.</summary>
    public required string Currency { get; init; }

    /// <summary>The chain the address lives on: the TagPack <c>network</c> field, else the currency.</summary>
    public required string Network { get; init; }

    /// <summary>The attribution, e.g. "Internet Archive", "WannaCry", "binance reserve wallets BTC".</summary>
    public required string Label { get; init; }

    /// <summary>The entity category from the GraphSense taxonomy (exchange, mixing_service, miner, …), if given.</summary>
    public string? Category { get; init; }

    /// <summary>The abuse concept (ransomware, sextortion, phishing, scam, sanction, …), if given.</summary>
    public string? Abuse { get; init; }

    /// <summary>Further taxonomy concepts of the tag (TagPack <c>concepts</c>); empty when none.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>The GraphSense confidence name (e.g. service_data, forensic, authority_data), if given.</summary>
    public string? Confidence { get; init; }

    /// <summary>The confidence level 0–100 of <see cref="Confidence"/> (see <see cref="TagConfidence"/>); null when unknown.</summary>
    public int? ConfidenceLevel { get; init; }

    /// <summary>Where the attribution comes from (usually a URL).</summary>
    public string? Source { get; init; }

    /// <summary>The GraphSense actor id (e.g. binance), if given.</summary>
    public string? Actor { get; init; }

    /// <summary>Free context: TagPack <c>context</c> (often JSON), or the darklist comment.</summary>
    public string? Context { get; init; }

    /// <summary>True when the tag may label the address's whole cluster (TagPack <c>is_cluster_definer</c>).</summary>
    public bool IsClusterDefiner { get; init; }

    /// <summary>When the tag was last modified (TagPack <c>lastmod</c>, darklist date); null when not given.</summary>
    public DateOnly? Lastmod { get; init; }

    /// <summary>The file and header the tag comes from.</summary>
    public required TagOrigin Origin { get; init; }

    /// <summary>1-based line of the tag's entry in <see cref="TagOrigin.File"/>.</summary>
    public int Line { get; init; }
}
