using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ChainTrace.Cases;

/// <summary>Shared JSON rules: two-space indent, LF, amounts as integers up to 2^53 and decimal strings above.</summary>
internal static class JsonOut
{
    private static readonly BigInteger MaxExact = BigInteger.Pow(2, 53);

    /// <summary>A writer with the bundle's formatting.</summary>
    public static Utf8JsonWriter Create(Stream output) =>
        new(output, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" });

    /// <summary>
    /// Writes an amount in base units: a JSON integer when |value| ≤ 2^53 (exact in every JSON reader), else a
    /// decimal string (the contract for machine output).
    /// </summary>
    public static void Amount(Utf8JsonWriter json, string name, BigInteger value)
    {
        if (BigInteger.Abs(value) <= MaxExact)
        {
            json.WriteNumber(name, (long)value);
        }
        else
        {
            json.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a string or null.</summary>
    public static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a UTC time as ISO 8601 text, or null.</summary>
    public static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value) =>
        Text(json, name, value is { } time ? CaseText.Time(time) : null);

    /// <summary>Writes an array of strings.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
