using System.Globalization;
using System.Numerics;
using System.Text;
using ChainTrace.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChainTrace.Cases;

/// <summary>
/// Reads case files (YAML). The format, TagPack-compatible where it names addresses:
/// <code>
/// title: WannaCry ransom payments            # required
/// description: …                            # optional
/// creator: …  lastmod: 2024-01-01            # optional, as in TagPack headers
/// chain: bitcoin                            # required: bitcoin | ethereum
/// network: mainnet                          # default mainnet
/// source: https://…                         # where the facts come from; default source of the seeds
/// category: …  abuse: ransomware  confidence: …   # optional defaults for the seeds, as a TagPack header
/// seeds:                                    # required, at least one; each exactly one of address/transaction/output
///   - address: 12t9YDPgwueZ9NyMgw519p7AA8isjr6SMw
///     label: WannaCry                       # optional TagPack tag keys: label category abuse source confidence
///   - transaction: 64 hex digits (Ethereum 0x + 64)
///   - output: txid:vout                     # Bitcoin only
/// policy: haircut                           # required: poison | haircut | fifo | lifo | tiho
/// direction: forward                        # default forward: forward | backward
/// max_hops: 5                               # default 5, at least 1
/// min_amount: 0.001 BTC                     # default 0; base units (10000) or a number with a unit (BTC, sat, ETH, gwei, wei)
/// time_window: { from: 2017-05-12, to: 2017-08-31 }   # optional; a date-only 'to' includes that whole day
/// stop_at_categories: [exchange]            # optional
/// tag_sources: [tags/ransomware.yaml]       # optional TagPack files, relative to the case file; must exist
/// </code>
/// TagPack tag keys without meaning for tracing (<c>currency</c> — checked against the chain —, <c>context</c>,
/// <c>is_cluster_definer</c>, <c>lastmod</c>, <c>actor</c>) are accepted on seeds and not kept. Any other key fails.
/// </summary>
public static class CaseDefinitionReader
{
    private static readonly string[] TopKeys =
    [
        "title", "description", "creator", "lastmod", "chain", "network", "source", "category", "abuse", "confidence",
        "seeds", "policy", "direction", "max_hops", "min_amount", "time_window", "stop_at_categories", "tag_sources",
    ];

    /// <summary>Reads a case file; relative tag sources are resolved against its folder and must exist.</summary>
    /// <param name="path">The case file.</param>
    /// <returns>The definition, with <see cref="CaseDefinition.FilePath"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CaseFileException">The file is not a valid case file; the message names file and line.</exception>
    public static CaseDefinition Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Case file '{path}' does not exist.", path);
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Parse(text, path, baseDirectory);
    }

    /// <summary>Parses case-file text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="filePath">The name used in error messages and kept in <see cref="CaseDefinition.FilePath"/>, or null.</param>
    /// <param name="baseDirectory">
    /// The folder relative tag sources are resolved against; when given, each must exist. Null skips that check.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    /// <exception cref="CaseFileException">The text is not a valid case file; the message names file and line.</exception>
    public static CaseDefinition Parse(string yaml, string? filePath = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new CaseYaml(filePath);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw reader.Fail(ex.Start, $"not valid YAML: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new CaseFileException(filePath, 1, 1, "the case file is empty");
        }

        if (stream.Documents.Count > 1)
        {
            throw reader.Fail(stream.Documents[1].RootNode, "a case file holds one YAML document, not several");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw reader.Fail(stream.Documents[0].RootNode, "a case file is a mapping of keys (title, chain, seeds, policy, …)");
        }

        return Build(reader, root, filePath, baseDirectory);
    }

    private static CaseDefinition Build(CaseYaml yaml, YamlMappingNode root, string? filePath, string? baseDirectory)
    {
        var entries = yaml.Entries(root, TopKeys, "case");
        YamlNode Required(string key) => entries.TryGetValue(key, out var entry)
            ? entry.Value
            : throw yaml.Fail(root, $"missing required key '{key}'");
        string? Optional(string key) => entries.TryGetValue(key, out var entry) ? yaml.OptionalText(entry.Value, key) : null;

        var title = yaml.RequiredText(Required("title"), "title");
        var chainNode = Required("chain");
        var chainText = yaml.RequiredText(chainNode, "chain");
        if (!CaseNames.TryParseChain(chainText, out var chain))
        {
            throw yaml.Fail(chainNode, $"unknown chain '{chainText}' (expected bitcoin or ethereum)");
        }

        var network = Optional("network") ?? "mainnet";
        if (CaseValueRules.CheckNetwork(chain, network) is { } networkError)
        {
            throw yaml.Fail(entries["network"].Value, networkError);
        }

        var policyNode = Required("policy");
        var policyText = yaml.RequiredText(policyNode, "policy");
        if (!CaseNames.TryParsePolicy(policyText, out var policy))
        {
            throw yaml.Fail(policyNode, $"unknown policy '{policyText}' (expected {string.Join(", ", CaseNames.PolicyNames)})");
        }

        var direction = CaseDirection.Forward;
        if (Optional("direction") is { } directionText && !CaseNames.TryParseDirection(directionText, out direction))
        {
            throw yaml.Fail(entries["direction"].Value, $"unknown direction '{directionText}' (expected forward or backward)");
        }

        var source = Optional("source");
        var defaults = new CaseSeedReader.Defaults(Optional("category"), Optional("abuse"), source, Optional("confidence"));
        var seeds = CaseSeedReader.Read(yaml, Required("seeds"), chain, network, defaults);
        var (from, to) = ReadWindow(yaml, entries);
        var tagSources = entries.TryGetValue("tag_sources", out var tags) ? yaml.TextList(tags.Value, "tag_sources") : [];
        CheckTagSources(yaml, tags.Value, tagSources, baseDirectory);

        return new CaseDefinition
        {
            Title = title,
            Description = Optional("description"),
            Creator = Optional("creator"),
            LastModified = Optional("lastmod"),
            Chain = chain,
            Network = network,
            Seeds = seeds,
            Policy = policy,
            Direction = direction,
            MaxHops = ReadMaxHops(yaml, entries),
            MinAmount = ReadMinAmount(yaml, entries, chain),
            From = from,
            To = to,
            StopAtCategories = entries.TryGetValue("stop_at_categories", out var stops) ? yaml.TextList(stops.Value, "stop_at_categories") : [],
            TagSources = tagSources,
            Source = source,
            FilePath = filePath,
            BaseDirectory = baseDirectory,
        };
    }

    private static int ReadMaxHops(CaseYaml yaml, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries)
    {
        if (!entries.TryGetValue("max_hops", out var entry) || yaml.OptionalText(entry.Value, "max_hops") is not { } text)
        {
            return CaseDefinition.DefaultMaxHops;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hops) && hops >= 1
            ? hops
            : throw yaml.Fail(entry.Value, $"max_hops '{text}' is not a whole number of at least 1");
    }

    private static BigInteger ReadMinAmount(CaseYaml yaml, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, ChainKind chain)
    {
        if (!entries.TryGetValue("min_amount", out var entry) || yaml.OptionalText(entry.Value, "min_amount") is not { } text)
        {
            return BigInteger.Zero;
        }

        return CaseValueRules.ParseAmount(chain, text, out var amount) is { } error ? throw yaml.Fail(entry.Value, error) : amount;
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) ReadWindow(CaseYaml yaml, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries)
    {
        if (!entries.TryGetValue("time_window", out var entry))
        {
            return (null, null);
        }

        if (entry.Value is not YamlMappingNode window)
        {
            throw yaml.Fail(entry.Value, "'time_window' must be a mapping with 'from' and/or 'to'");
        }

        var bounds = yaml.Entries(window, ["from", "to"], "time_window");
        DateTimeOffset? Bound(string key, bool isEnd)
        {
            if (!bounds.TryGetValue(key, out var bound) || yaml.OptionalText(bound.Value, key) is not { } text)
            {
                return null;
            }

            return CaseValueRules.ParseTime(text, isEnd, out var time) is { } error ? throw yaml.Fail(bound.Value, error) : time;
        }

        var from = Bound("from", isEnd: false);
        var to = Bound("to", isEnd: true);
        if (from is { } start && to is { } end && end <= start)
        {
            throw yaml.Fail(bounds["to"].Value, "time_window 'to' is not after 'from'");
        }

        return (from, to);
    }

    private static void CheckTagSources(CaseYaml yaml, YamlNode? node, List<string> tagSources, string? baseDirectory)
    {
        for (var i = 0; i < tagSources.Count; i++)
        {
            var source = tagSources[i];
            var at = node is YamlSequenceNode sequence ? sequence.Children[i] : node!;
            if (Path.IsPathRooted(source))
            {
                throw yaml.Fail(at, $"tag source '{source}' must be a path relative to the case file");
            }

            var full = baseDirectory is null ? null : Path.GetFullPath(Path.Combine(baseDirectory, source));
            if (full is not null && !File.Exists(full) && !Directory.Exists(full))
            {
                throw yaml.Fail(at, $"tag source '{source}' not found (looked at {full})");
            }
        }
    }
}
