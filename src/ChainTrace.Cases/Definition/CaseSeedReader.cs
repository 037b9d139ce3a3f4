using ChainTrace.Core;
using YamlDotNet.RepresentationModel;

namespace ChainTrace.Cases;

/// <summary>Reads the <c>seeds</c> list of a case file: TagPack-style tags naming an address, transaction or output.</summary>
internal static class CaseSeedReader
{
    /// <summary>Keys a seed accepts. TagPack tag keys that do not affect tracing are accepted and not kept.</summary>
    private static readonly string[] SeedKeys =
    [
        "address", "transaction", "output", "label", "category", "abuse", "source", "confidence",
        "currency", "context", "is_cluster_definer", "lastmod", "actor",
    ];

    private static readonly string[] NamingKeys = ["address", "transaction", "output"];

    /// <summary>Defaults a TagPack header gives its tags (category, abuse, source, confidence).</summary>
    internal sealed record Defaults(string? Category, string? Abuse, string? Source, string? Confidence);

    /// <summary>Reads and checks every seed; duplicates fail naming both lines.</summary>
    public static List<CaseSeed> Read(CaseYaml yaml, YamlNode node, ChainKind chain, string network, Defaults defaults)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw yaml.Fail(node, "'seeds' must be a list of {address | transaction | output} entries");
        }

        if (sequence.Children.Count == 0)
        {
            throw yaml.Fail(node, "'seeds' is empty: a case needs at least one seed");
        }

        var seeds = new List<CaseSeed>(sequence.Children.Count);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in sequence.Children)
        {
            var seed = ReadOne(yaml, item, chain, network, defaults);
            if (seen.TryGetValue(seed.ToString(), out var firstLine))
            {
                throw yaml.Fail(item, $"seed {seed} is listed twice (first on line {firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            }

            seen.Add(seed.ToString(), seed.Line);
            seeds.Add(seed);
        }

        return seeds;
    }

    private static CaseSeed ReadOne(CaseYaml yaml, YamlNode item, ChainKind chain, string network, Defaults defaults)
    {
        if (item is not YamlMappingNode mapping)
        {
            throw yaml.Fail(item, "each seed must be a mapping such as '- address: ...' (with optional label, category, source)");
        }

        var entries = yaml.Entries(mapping, SeedKeys, "seed");
        var named = NamingKeys.Where(entries.ContainsKey).ToList();
        if (named.Count != 1)
        {
            throw yaml.Fail(item, named.Count == 0
                ? "a seed needs one of 'address', 'transaction' or 'output'"
                : $"a seed names exactly one of 'address', 'transaction' or 'output', not {string.Join(" and ", named)}");
        }

        var key = named[0];
        var valueNode = entries[key].Value;
        var text = yaml.RequiredText(valueNode, key);
        var (kind, error, value) = key switch
        {
            "address" => (CaseSeedKind.Address, CaseValueRules.CheckAddress(chain, network, text), text),
            "transaction" => (CaseSeedKind.Transaction, CaseValueRules.CheckTransaction(chain, text, out var tx), tx),
            _ => (CaseSeedKind.Output, CaseValueRules.CheckOutput(chain, text, out var output), output),
        };
        if (error is not null)
        {
            throw yaml.Fail(valueNode, error);
        }

        if (entries.TryGetValue("currency", out var currency))
        {
            var expected = chain == ChainKind.Bitcoin ? "BTC" : "ETH";
            var given = yaml.RequiredText(currency.Value, "currency");
            if (!string.Equals(given, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw yaml.Fail(currency.Value, $"seed currency '{given}' does not match the case chain (expected {expected})");
            }
        }

        string? Text(string name, string? fallback) =>
            entries.TryGetValue(name, out var entry) ? yaml.OptionalText(entry.Value, name) ?? fallback : fallback;

        return new CaseSeed(
            kind,
            value,
            Text("label", null),
            Text("category", defaults.Category),
            Text("abuse", defaults.Abuse),
            Text("source", defaults.Source),
            Text("confidence", defaults.Confidence),
            CaseYaml.ToInt(item.Start.Line));
    }
}
