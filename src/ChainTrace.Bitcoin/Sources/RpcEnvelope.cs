using System.Text.Json;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>Reads JSON-RPC 1.0 and 2.0 response envelopes (result, error, id) into <see cref="RpcItem"/>s.</summary>
internal static class RpcEnvelope
{
    /// <summary>
    /// The items of a response to <paramref name="count"/> calls numbered from <paramref name="firstId"/>, in call
    /// order; null when the JSON is not a JSON-RPC response of the expected shape. A batch answered with one error
    /// object (a rejected batch) gives that error for every call.
    /// </summary>
    public static RpcItem[]? ReadItems(JsonElement root, int count, long firstId, bool asBatch)
    {
        if (!asBatch || root.ValueKind == JsonValueKind.Object)
        {
            if (!TryReadItem(root, out var item, out _))
            {
                return null;
            }

            if (!asBatch)
            {
                return [item];
            }

            return item.IsError ? Enumerable.Repeat(item, count).ToArray() : null;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new RpcItem[count];
        var seen = new bool[count];
        foreach (var element in root.EnumerateArray())
        {
            if (!TryReadItem(element, out var item, out var id) || id is not { } value)
            {
                return null;
            }

            var slot = value - firstId;
            if (slot < 0 || slot >= count || seen[slot])
            {
                return null;
            }

            items[slot] = item;
            seen[slot] = true;
        }

        return Array.TrueForAll(seen, s => s) ? items : null;
    }

    private static bool TryReadItem(JsonElement element, out RpcItem item, out long? id)
    {
        item = default;
        id = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.Number
            && idElement.TryGetInt64(out var number))
        {
            id = number;
        }

        var hasResult = element.TryGetProperty("result", out var result);
        var hasError = element.TryGetProperty("error", out var error);
        if (hasError && error.ValueKind != JsonValueKind.Null)
        {
            int? code = null;
            string? message = null;
            if (error.ValueKind == JsonValueKind.Object)
            {
                if (error.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt32(out var c))
                {
                    code = c;
                }

                if (error.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String)
                {
                    message = messageElement.GetString();
                }
            }
            else if (error.ValueKind == JsonValueKind.String)
            {
                message = error.GetString();
            }

            item = new RpcItem(default, code, message ?? "unspecified error");
            return true;
        }

        if (!hasResult)
        {
            return false;
        }

        item = new RpcItem(result, null, null);
        return true;
    }
}
