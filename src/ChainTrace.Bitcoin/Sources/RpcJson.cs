using System.Globalization;
using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Typed reads of fields in a node's JSON answer. A missing or malformed field is bad data from the node:
/// <see cref="ChainDataException"/> naming the field and the call.
/// </summary>
internal static class RpcJson
{
    private const decimal SatoshisPerCoin = 100_000_000m;

    public static JsonElement Property(JsonElement element, string name, DataLocation where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw Bad(name, where);

    public static bool TryProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public static Hash256 Hash(JsonElement element, string name, DataLocation where) =>
        HashValue(Property(element, name, where), name, where);

    public static Hash256 HashValue(JsonElement value, string name, DataLocation where) =>
        value.ValueKind == JsonValueKind.String && Hash256.TryParse(value.GetString(), reversed: true, out var hash)
            ? hash
            : throw Bad(name, where);

    public static Hash256? OptionalHash(JsonElement element, string name, DataLocation where) =>
        TryProperty(element, name, out var value) ? HashValue(value, name, where) : null;

    public static long Int64(JsonElement element, string name, DataLocation where) =>
        Property(element, name, where) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number)
            ? number
            : throw Bad(name, where);

    public static int Int32(JsonElement element, string name, DataLocation where) =>
        Property(element, name, where) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw Bad(name, where);

    public static uint UInt32(JsonElement element, string name, DataLocation where) =>
        Property(element, name, where) is { ValueKind: JsonValueKind.Number } value && value.TryGetUInt32(out var number)
            ? number
            : throw Bad(name, where);

    public static int? OptionalInt32(JsonElement element, string name, DataLocation where) =>
        TryProperty(element, name, out _) ? Int32(element, name, where) : null;

    public static string String(JsonElement element, string name, DataLocation where) =>
        Property(element, name, where) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw Bad(name, where);

    public static string? OptionalString(JsonElement element, string name) =>
        TryProperty(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A compact target given as 8 hex digits (Core's <c>bits</c>).</summary>
    public static uint Bits(JsonElement element, string name, DataLocation where) =>
        uint.TryParse(String(element, name, where), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits)
            ? bits
            : throw Bad(name, where);

    /// <summary>A BTC amount (JSON number with up to 8 decimals) as exact satoshis.</summary>
    public static long Satoshis(JsonElement element, string name, DataLocation where)
    {
        var value = Property(element, name, where);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var coins) || coins < 0)
        {
            throw Bad(name, where);
        }

        var satoshis = coins * SatoshisPerCoin;
        return satoshis == decimal.Truncate(satoshis) && satoshis <= long.MaxValue
            ? (long)satoshis
            : throw Bad(name, where);
    }

    /// <summary>Hex text decoded to bytes.</summary>
    public static byte[] Hex(string text, string name, DataLocation where)
    {
        if (text.Length % 2 != 0)
        {
            throw Bad(name, where);
        }

        var bytes = new byte[text.Length / 2];
        return Convert.FromHexString(text, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == bytes.Length
            ? bytes
            : throw Bad(name, where);
    }

    public static byte[] HexProperty(JsonElement element, string name, DataLocation where) =>
        Hex(String(element, name, where), name, where);

    public static ChainDataException Bad(string name, DataLocation where) =>
        new($"The node's answer has no valid '{name}' field.", where);
}
