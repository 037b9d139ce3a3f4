using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>A JSON-RPC call: the method and its parameters as a JSON array text.</summary>
/// <param name="Method">The method name, e.g. <c>eth_getBlockByNumber</c>.</param>
/// <param name="ParamsJson">The parameters as a JSON array, e.g. <c>["0x10",true]</c>.</param>
public sealed record JsonRpcRequest(string Method, string ParamsJson)
{
    /// <summary>
    /// Builds a request from parameter values: <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>,
    /// <see cref="long"/>, null, nested <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to such values, and
    /// <see cref="IEnumerable{T}"/> of such values.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter has another type.</exception>
    public static JsonRpcRequest Create(string method, params object?[] parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var parameter in parameters)
            {
                WriteValue(writer, parameter);
            }

            writer.WriteEndArray();
        }

        return new JsonRpcRequest(method, Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    /// <summary>A short description for messages: the method and its parameters, cut at 120 characters.</summary>
    public override string ToString() =>
        ParamsJson.Length <= 120 ? $"{Method}{ParamsJson}" : $"{Method}{ParamsJson[..117]}...";

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"A JSON-RPC parameter of type {value.GetType().Name} is not supported."),
                    nameof(value));
        }
    }
}
