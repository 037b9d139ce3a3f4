using System.Text.Json;

namespace ChainTrace.Graph.Tags;

/// <summary>Line numbers for byte offsets of a JSON file (Utf8JsonReader reports offsets only).</summary>
internal sealed class JsonLines
{
    private readonly int[] _newlines;

    public JsonLines(ReadOnlySpan<byte> data)
    {
        var newlines = new List<int>();
        for (var i = data.IndexOf((byte)'\n'); i >= 0; i = data[(i + 1)..].IndexOf((byte)'\n') is var n and >= 0 ? i + 1 + n : -1)
        {
            newlines.Add(i);
        }

        _newlines = [.. newlines];
    }

    /// <summary>1-based line of the byte at <paramref name="offset"/>.</summary>
    public int LineOf(long offset)
    {
        var index = Array.BinarySearch(_newlines, checked((int)offset));
        return (index >= 0 ? index : ~index) + 1;
    }

    /// <summary>The file's bytes without a UTF-8 byte order mark, and the offset that was skipped.</summary>
    public static ReadOnlyMemory<byte> SkipBom(byte[] data) =>
        data.AsSpan().StartsWith("\uFEFF"u8) ? data.AsMemory(3) : data;

    /// <summary>Turns a JSON syntax error into the tag file exception with its line.</summary>
    public static InvalidDataException Error(string file, JsonException e) =>
        TagFileError.Create(file, (int)(e.LineNumber ?? -1) + 1, $"not valid JSON: {e.Message}", e);
}
