using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace ChainTrace.Storage;

/// <summary>
/// Renders query results for people and programs: CSV (RFC 4180: header row, CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled, NULL as an empty field) and JSON (an array of objects keyed by column
/// name; integers beyond ±2^53 as decimal strings so JavaScript readers lose nothing; NULL as null). All text is
/// culture-invariant.
/// </summary>
public static class QueryResultFormatter
{
    private const long MaxSafeJsonInteger = 9_007_199_254_740_992; // 2^53

    /// <summary>The result as CSV text.</summary>
    public static string ToCsv(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer, result.Columns, result.Rows);
        return writer.ToString();
    }

    /// <summary>Writes CSV to <paramref name="output"/> row by row (works with <see cref="DatasetQuery.Stream"/>).</summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        WriteCsvLine(output, columns.Cast<object?>());
        foreach (var row in rows)
        {
            WriteCsvLine(output, row);
        }
    }

    /// <summary>The result as a JSON array of objects.</summary>
    public static string ToJson(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteJson(writer, result.Columns, result.Rows);
        return writer.ToString();
    }

    /// <summary>
    /// Writes a JSON array with one object per row to <paramref name="output"/>, one object per line. Repeated
    /// column names get a suffix (<c>x</c>, <c>x_2</c>) so that object keys are unique.
    /// </summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var keys = UniqueKeys(columns);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false });
        output.Write('[');
        var first = true;
        foreach (var row in rows)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartObject();
            for (var i = 0; i < keys.Length; i++)
            {
                json.WritePropertyName(keys[i]);
                WriteJsonValue(json, i < row.Length ? row[i] : null);
            }

            json.WriteEndObject();
            json.Flush();
            output.Write(first ? "\n" : ",\n");
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            first = false;
        }

        output.Write(first ? "]\n" : "\n]\n");
    }

    /// <summary>
    /// One cell as culture-invariant text (also for a table view): integers in full, doubles round-trippable,
    /// times in ISO 8601, bytes as lowercase hex, lists and maps as JSON; null as the empty string.
    /// </summary>
    public static string FormatValue(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime time => time.ToString(time.Kind == DateTimeKind.Utc ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexStringLower(bytes),
        IDictionary or (IEnumerable and not string) => NestedJson(value),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void WriteCsvLine(TextWriter output, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                output.Write(',');
            }

            first = false;
            var text = FormatValue(cell);
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                output.Write('"');
                output.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                output.Write('"');
            }
            else
            {
                output.Write(text);
            }
        }

        output.Write("\r\n");
    }

    private static string[] UniqueKeys(IReadOnlyList<string> columns)
    {
        var keys = new string[columns.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = columns[i];
            for (var n = 2; !used.Add(key); n++)
            {
                key = string.Create(CultureInfo.InvariantCulture, $"{columns[i]}_{n}");
            }

            keys[i] = key;
        }

        return keys;
    }

    private static string NestedJson(object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteJsonValue(json, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or Int128 or UInt128 or BigInteger:
                WriteJsonInteger(json, (IFormattable)value);
                break;
            case decimal number:
                if (decimal.Truncate(number) == number && Math.Abs(number) > MaxSafeJsonInteger)
                {
                    json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteNumberValue(number);
                }

                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case IDictionary map:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    json.WritePropertyName(FormatValue(entry.Key));
                    WriteJsonValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case IEnumerable items and not byte[]:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJsonValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(FormatValue(value));
                break;
        }
    }

    private static void WriteJsonInteger(Utf8JsonWriter json, IFormattable value)
    {
        var big = value switch
        {
            BigInteger b => b,
            ulong u => new BigInteger(u),
            UInt128 u => (BigInteger)u,
            Int128 i => (BigInteger)i,
            _ => new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        };
        var text = big.ToString(CultureInfo.InvariantCulture);
        if (BigInteger.Abs(big) > MaxSafeJsonInteger)
        {
            json.WriteStringValue(text);
        }
        else
        {
            json.WriteRawValue(text, skipInputValidation: true);
        }
    }
}
