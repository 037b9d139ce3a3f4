using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>Readers for scalar answers and single fields, with the same error reporting as <see cref="RpcObject"/>.</summary>
internal static class RpcValue
{
    /// <summary>Reads a quantity answer (e.g. <c>eth_blockNumber</c>).</summary>
    /// <exception cref="ChainDataException">It is not a hex quantity below 2^63.</exception>
    public static long Int64(JsonElement value, DecodeContext context, string path)
    {
        if (value.ValueKind == JsonValueKind.String &&
            EthHex.TryParseQuantity(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value)[1..^1], out var parsed) &&
            parsed <= long.MaxValue)
        {
            return (long)parsed;
        }

        throw context.Error(path, $"a {RpcObject.Kind(value)} that is not a hex quantity");
    }

    /// <summary>Reads the 32-byte hash field <paramref name="name"/> of an object answer.</summary>
    /// <exception cref="ChainDataException">The answer is not an object or the field is not a hash.</exception>
    public static string Hash(JsonElement value, DecodeContext context, string name) =>
        RpcObject.From(value, context, "block").Hash(name);
}
