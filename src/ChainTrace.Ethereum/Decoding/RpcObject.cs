using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// A JSON object from a node's answer with typed, span-based field readers. A missing or malformed required field
/// throws <see cref="ChainDataException"/> naming method, block and field path.
/// </summary>
internal readonly struct RpcObject
{
    private readonly JsonElement _element;

    private RpcObject(JsonElement element, DecodeContext context, string path)
    {
        _element = element;
        Context = context;
        Path = path;
    }

    public DecodeContext Context { get; }

    public string Path { get; }

    public JsonElement Element => _element;

    /// <summary>Wraps <paramref name="element"/>, which must be a JSON object.</summary>
    /// <exception cref="ChainDataException">It is not an object.</exception>
    public static RpcObject From(JsonElement element, DecodeContext context, string path) =>
        element.ValueKind == JsonValueKind.Object
            ? new RpcObject(element, context, path)
            : throw context.Error(path, $"a {Kind(element)} where an object belongs");

    public bool Has(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public long Int64(string name) => Int64Or(name) ?? throw Missing(name);

    public long? Int64Or(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var number) && number >= 0 ? number : throw Bad(name, value, "a quantity");
        }

        return WithRaw(name, value, static raw => EthHex.TryParseQuantity(raw, out var parsed) && parsed <= long.MaxValue
            ? (long?)(long)parsed
            : null) ?? throw Bad(name, value, "a hex quantity below 2^63");
    }

    public int Int32(string name)
    {
        var value = Int64(name);
        return value <= int.MaxValue ? (int)value : throw Context.Error($"{Path}.{name}", "a number too large for a position");
    }

    public BigInteger UInt256(string name) => UInt256Or(name) ?? throw Missing(name);

    public BigInteger? UInt256Or(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            return EthHex.TryParseDecimalUInt256(raw, out var number) ? number : throw Bad(name, value, "a uint256");
        }

        return WithRaw(name, value, static raw => EthHex.TryParseUInt256(raw, out var parsed) ? (BigInteger?)parsed : null)
               ?? throw Bad(name, value, "a hex uint256");
    }

    public string Hash(string name) => HashOr(name) ?? throw Missing(name);

    public string? HashOr(string name) =>
        TryGet(name, out var value)
            ? WithRaw(name, value, static raw => EthHex.TryParseHash(raw, out var hash) ? hash : null) ?? throw Bad(name, value, "a 32-byte hash")
            : null;

    public string Address(string name) => AddressOr(name) ?? throw Missing(name);

    public string? AddressOr(string name) =>
        TryGet(name, out var value)
            ? WithRaw(name, value, static raw => EthHex.TryParseAddress(raw, out var address) ? address : null) ?? throw Bad(name, value, "a 20-byte address")
            : null;

    public string Data(string name) => DataOr(name) ?? throw Missing(name);

    public string? DataOr(string name) =>
        TryGet(name, out var value)
            ? WithRaw(name, value, static raw => EthHex.TryParseData(raw, out var data) ? data : null) ?? throw Bad(name, value, "hex data")
            : null;

    public string? StringOr(string name) =>
        TryGet(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Bad(name, value, "a string")
            : null;

    public JsonElement Array(string name) => ArrayOr(name) ?? throw Missing(name);

    public JsonElement? ArrayOr(string name) =>
        TryGet(name, out var value)
            ? value.ValueKind == JsonValueKind.Array ? value : throw Bad(name, value, "an array")
            : null;

    public RpcObject Object(string name) => ObjectOr(name) ?? throw Missing(name);

    public RpcObject? ObjectOr(string name) =>
        TryGet(name, out var value) ? From(value, Context, $"{Path}.{name}") : null;

    public ChainDataException Error(string name, string problem) => Context.Error($"{Path}.{name}", problem);

    private bool TryGet(string name, out JsonElement value) =>
        _element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private T? WithRaw<T>(string name, JsonElement value, Func<ReadOnlySpan<byte>, T?> parse)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad(name, value, "a string");
        }

        var span = JsonMarshal.GetRawUtf8Value(value);
        span = span.Length >= 2 ? span[1..^1] : span;
        if (span.IndexOf((byte)'\\') < 0)
        {
            return parse(span);
        }

        var text = value.GetString() ?? string.Empty;
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return parse(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private ChainDataException Missing(string name) => Context.Error($"{Path}.{name}", "no value");

    private ChainDataException Bad(string name, JsonElement value, string expected) =>
        Context.Error($"{Path}.{name}", $"{Describe(value)} where {expected} belongs");

    private static string Describe(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return $"a {Kind(value)}";
        }

        var text = value.GetString() ?? string.Empty;
        return text.Length <= 70 ? $"'{text}'" : $"'{text[..67]}...'";
    }

    internal static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "JSON object",
        JsonValueKind.Array => "JSON array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "missing value",
    };
}
