using System.Buffers;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// The GraphSense taxonomy concepts tracing cares about (entity categories and abuses), a normaliser that maps the
/// spellings seen in real lists to them (mixer → mixing_service, ofac → sanction, mining_pool → miner, …), and the
/// questions tracing asks: is this an exchange, a mixer, sanctioned, a scam?
/// </summary>
public static class TagCategories
{
    /// <summary>A centralised exchange (category).</summary>
    public const string Exchange = "exchange";

    /// <summary>A mixing (tumbler) service (category).</summary>
    public const string MixingService = "mixing_service";

    /// <summary>CoinJoin coordination or outputs, e.g. Wasabi, Samourai Whirlpool (category).</summary>
    public const string CoinJoin = "coinjoin";

    /// <summary>A miner or mining pool (category).</summary>
    public const string Miner = "miner";

    /// <summary>A mining-as-a-service provider (category).</summary>
    public const string MiningService = "mining_service";

    /// <summary>A gambling service (category).</summary>
    public const string Gambling = "gambling";

    /// <summary>A (darknet or clearnet) market (category).</summary>
    public const string Market = "market";

    /// <summary>A DeFi protocol (category); narrower: <see cref="DefiDex"/>, <see cref="DefiLending"/>, <see cref="DefiBridge"/>.</summary>
    public const string Defi = "defi";

    /// <summary>A decentralised exchange (category).</summary>
    public const string DefiDex = "defi_dex";

    /// <summary>A DeFi lending protocol (category).</summary>
    public const string DefiLending = "defi_lending";

    /// <summary>A cross-chain bridge (category).</summary>
    public const string DefiBridge = "defi_bridge";

    /// <summary>A custodial wallet service (category).</summary>
    public const string WalletService = "wallet_service";

    /// <summary>Any service (category, broader than exchange, mixer, market, …).</summary>
    public const string Service = "service";

    /// <summary>An organisation (category).</summary>
    public const string Organization = "organization";

    /// <summary>A user (category).</summary>
    public const string User = "user";

    /// <summary>An address frozen by a token issuer, e.g. the USDT blacklist (category).</summary>
    public const string BlackList = "black_list";

    /// <summary>Ransomware payments (abuse).</summary>
    public const string Ransomware = "ransomware";

    /// <summary>On a sanctions list such as OFAC's SDN list (abuse).</summary>
    public const string Sanction = "sanction";

    /// <summary>A scam (abuse).</summary>
    public const string Scam = "scam";

    /// <summary>Phishing (abuse).</summary>
    public const string Phishing = "phishing";

    /// <summary>Sextortion (abuse).</summary>
    public const string Sextortion = "sextortion";

    /// <summary>A Ponzi scheme (abuse).</summary>
    public const string PonziScheme = "ponzi_scheme";

    /// <summary>A pyramid scheme (abuse).</summary>
    public const string PyramidScheme = "pyramid_scheme";

    /// <summary>Investment fraud (abuse).</summary>
    public const string InvestmentFraud = "investment_fraud";

    /// <summary>Funds stolen from a hacked service (abuse).</summary>
    public const string ServiceHack = "service_hack";

    /// <summary>Terrorism financing (abuse).</summary>
    public const string Terrorism = "terrorism";

    /// <summary>Violent extremism (abuse).</summary>
    public const string Extremism = "extremism";

    private static readonly SearchValues<char> NonCanonical = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ -");

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["exchanges"] = Exchange, ["cex"] = Exchange, ["centralized_exchange"] = Exchange, ["crypto_exchange"] = Exchange,
        ["mixer"] = MixingService, ["mixers"] = MixingService, ["mixing"] = MixingService, ["tumbler"] = MixingService,
        ["coin_join"] = CoinJoin,
        ["miners"] = Miner, ["mining"] = Miner, ["mining_pool"] = Miner, ["pool"] = Miner,
        ["casino"] = Gambling, ["gambling_service"] = Gambling, ["betting"] = Gambling,
        ["marketplace"] = Market, ["darknet_market"] = Market, ["dark_market"] = Market,
        ["dex"] = DefiDex, ["lending"] = DefiLending, ["bridge"] = DefiBridge,
        ["sanctioned"] = Sanction, ["sanctions"] = Sanction, ["ofac"] = Sanction, ["sanction_list"] = Sanction,
        ["fraud"] = Scam, ["scammer"] = Scam,
        ["phish"] = Phishing,
        ["hack"] = ServiceHack, ["hacked"] = ServiceHack, ["exploit"] = ServiceHack, ["theft"] = ServiceHack,
        ["ransom"] = Ransomware,
        ["blacklist"] = BlackList, ["blacklisted"] = BlackList,
        ["ponzi"] = PonziScheme,
    };

    // Taxonomy parents (narrower → broader) among the concepts above, for telling real conflicts from refinements.
    private static readonly Dictionary<string, string> Broader = new(StringComparer.Ordinal)
    {
        [Exchange] = Service, [MixingService] = Service, [WalletService] = Service, [Market] = Service,
        [Gambling] = Service, [MiningService] = Service, [Defi] = Service,
        [DefiDex] = Defi, [DefiLending] = Defi, [DefiBridge] = Defi,
        [PyramidScheme] = PonziScheme, [PonziScheme] = InvestmentFraud, [Terrorism] = Extremism,
    };

    /// <summary>
    /// The concept a category or abuse string stands for: trimmed, lower case, spaces and '-' as '_', then known
    /// synonyms mapped (mixer → mixing_service, ofac → sanction, …); null for null or blank input.
    /// </summary>
    public static string? Normalize(string? category)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return null;
        }

        var key = category.AsSpan().ContainsAny(NonCanonical) || char.IsWhiteSpace(category[0]) || char.IsWhiteSpace(category[^1])
            ? category.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_')
            : category;
        return Synonyms.GetValueOrDefault(key, key);
    }

    /// <summary>True when <paramref name="broader"/> is <paramref name="concept"/> or one of its taxonomy ancestors.</summary>
    public static bool IsWithin(string? concept, string broader)
    {
        for (var c = Normalize(concept); c is not null; c = Broader.GetValueOrDefault(c))
        {
            if (c == Normalize(broader))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A centralised exchange.</summary>
    public static bool IsExchange(string? category) => Normalize(category) == Exchange;

    /// <summary>A mixer: a mixing service or CoinJoin (both break the trail the same way for tracing).</summary>
    public static bool IsMixer(string? category) => Normalize(category) is MixingService or CoinJoin;

    /// <summary>CoinJoin only.</summary>
    public static bool IsCoinJoin(string? category) => Normalize(category) == CoinJoin;

    /// <summary>A miner, mining pool or mining service.</summary>
    public static bool IsMiner(string? category) => Normalize(category) is Miner or MiningService;

    /// <summary>A gambling service.</summary>
    public static bool IsGambling(string? category) => Normalize(category) == Gambling;

    /// <summary>A market.</summary>
    public static bool IsMarket(string? category) => Normalize(category) == Market;

    /// <summary>A DeFi protocol of any kind (DEX, lending, bridge).</summary>
    public static bool IsDefi(string? category) => IsWithin(category, Defi);

    /// <summary>Ransomware.</summary>
    public static bool IsRansomware(string? category) => Normalize(category) == Ransomware;

    /// <summary>On a sanctions list.</summary>
    public static bool IsSanctioned(string? category) => Normalize(category) == Sanction;

    /// <summary>A hacked service's funds.</summary>
    public static bool IsHack(string? category) => Normalize(category) == ServiceHack;

    /// <summary>Any fraud on victims: scam, phishing, sextortion, Ponzi/pyramid schemes, investment fraud.</summary>
    public static bool IsScam(string? category) =>
        Normalize(category) is Scam or Phishing or Sextortion or PonziScheme or PyramidScheme or InvestmentFraud;

    /// <summary>True when the tag's category, abuse or any of its concepts satisfies <paramref name="predicate"/>.</summary>
    /// <example><c>TagCategories.Any(tag, TagCategories.IsRansomware)</c></example>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Any(AddressTag tag, Func<string?, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(predicate);
        return predicate(tag.Category) || predicate(tag.Abuse) || tag.Concepts.Any(predicate);
    }

    /// <summary>The tag's normalised concepts: its category, its abuse and its concepts, without repeats.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    public static IReadOnlyList<string> ConceptsOf(AddressTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var concepts = new List<string>(2);
        foreach (var c in tag.Concepts.Prepend(tag.Abuse).Prepend(tag.Category))
        {
            if (Normalize(c) is { } n && !concepts.Contains(n))
            {
                concepts.Add(n);
            }
        }

        return concepts;
    }
}
