using ChainTrace.Core;

namespace ChainTrace.Detection;

/// <summary>Reads the simple comma-separated files of the public labelled datasets (no quoting), naming file and line on errors.</summary>
internal static class CsvLines
{
    /// <summary>The data lines of <paramref name="path"/> after its header, split on commas, with 1-based line numbers.</summary>
    /// <exception cref="ChainDataException">The header is not <paramref name="expectedHeader"/>, or a line has a different field count.</exception>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, string expectedHeader)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.TrimEnd('\r');
        if (!string.Equals(header, expectedHeader, StringComparison.Ordinal))
        {
            throw Error(path, 1, $"The header is '{header}', expected '{expectedHeader}'.");
        }

        var width = expectedHeader.Split(',').Length;
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != width)
            {
                throw Error(path, number, $"The line has {fields.Length} fields, expected {width}.");
            }

            yield return (number, fields);
        }
    }

    /// <summary>A <see cref="ChainDataException"/> naming <paramref name="path"/> and <paramref name="line"/>.</summary>
    public static ChainDataException Error(string path, int line, string message) =>
        new(message, new DataLocation(File: path, Source: FormattableString.Invariant($"line {line}")));
}
