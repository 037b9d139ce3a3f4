using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChainTrace.Cases;

/// <summary>Reads typed values from YAML nodes of one case file, failing with <see cref="CaseFileException"/> at the node's line.</summary>
internal sealed class CaseYaml(string? filePath)
{
    /// <summary>The file name used in messages, or null.</summary>
    public string? FilePath { get; } = filePath;

    /// <summary>An exception for a node's place.</summary>
    public CaseFileException Fail(YamlNode node, string reason) => Fail(node.Start, reason);

    /// <summary>An exception for a parser mark.</summary>
    public CaseFileException Fail(Mark mark, string reason, Exception? inner = null) =>
        new(FilePath, ToInt(mark.Line), ToInt(mark.Column), reason, inner);

    /// <summary>The mapping's entries keyed by their scalar key; a non-scalar or repeated key fails.</summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string where)
    {
        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                throw Fail(keyNode, $"{where}: keys must be plain names");
            }

            if (!allowed.Contains(key))
            {
                throw Fail(keyNode, $"{where}: unknown key '{key}' (allowed: {string.Join(", ", allowed)})");
            }

            if (!entries.TryAdd(key, (scalarKey, value)))
            {
                throw Fail(keyNode, $"{where}: key '{key}' appears twice");
            }
        }

        return entries;
    }

    /// <summary>A scalar's text, or null for an empty value, <c>~</c> or <c>null</c>; a list or mapping fails.</summary>
    public string? OptionalText(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Fail(node, $"'{key}' must be a single value, not a list or mapping");
        }

        var text = scalar.Value;
        if ((scalar.Style is ScalarStyle.Plain or ScalarStyle.Any) && text is null or "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        return text?.Trim();
    }

    /// <summary>A scalar's non-empty text; empty fails.</summary>
    public string RequiredText(YamlNode node, string key) =>
        OptionalText(node, key) is { Length: > 0 } text ? text : throw Fail(node, $"'{key}' must not be empty");

    /// <summary>A list of non-empty scalars.</summary>
    public List<string> TextList(YamlNode node, string key)
    {
        if (node is YamlScalarNode && OptionalText(node, key) is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Fail(node, $"'{key}' must be a list");
        }

        return [.. sequence.Children.Select(item => RequiredText(item, key))];
    }

    /// <summary>1-based line or column from a parser mark.</summary>
    public static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
