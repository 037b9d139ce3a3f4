using System.Text;
using System.Text.Json;

namespace ChainTrace.Ethereum.Tests.Replay;

/// <summary>Reads the exporter's expected outputs: CSV with a header row, or newline-delimited JSON objects.</summary>
public static class Expected
{
    /// <summary>The rows of a CSV file as column → text maps (quoted fields supported).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(string relative)
    {
        var lines = File.ReadAllLines(SharedData.PathOf(Path.Combine("ethereum/rpc", relative)))
            .Where(line => line.Length > 0)
            .ToArray();
        if (lines.Length == 0)
        {
            return [];
        }

        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var fields = Split(line);
            return (IReadOnlyDictionary<string, string>)header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : string.Empty))
                .ToDictionary(p => p.name, p => p.value);
        })];
    }

    /// <summary>The objects of a newline-delimited JSON file whose <c>type</c> is <paramref name="type"/>.</summary>
    public static IReadOnlyList<JsonElement> JsonLines(string relative, string type) =>
        [.. File.ReadAllLines(SharedData.PathOf(Path.Combine("ethereum/rpc", relative)))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => !e.TryGetProperty("type", out var t) || t.GetString() == type)];

    /// <summary>The text of a JSON member: strings as they are, numbers as digits, null as empty.</summary>
    public static string Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? string.Empty : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
