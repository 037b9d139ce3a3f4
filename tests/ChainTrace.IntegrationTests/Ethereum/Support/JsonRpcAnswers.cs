using System.Text;
using System.Text.Json;

namespace ChainTrace.Testing.Ethereum;

/// <summary>Turns a JSON-RPC request body (single call or batch) into the answer body, one call at a time.</summary>
public static class JsonRpcAnswers
{
    /// <summary>Answers every call in <paramref name="body"/> with <paramref name="answer"/>(method, params).</summary>
    public static string Answer(string body, Func<string, JsonElement, RpcAnswer> answer)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            var builder = new StringBuilder("[");
            var first = true;
            foreach (var call in root.EnumerateArray())
            {
                builder.Append(first ? string.Empty : ",").Append(AnswerOne(call, answer));
                first = false;
            }

            return builder.Append(']').ToString();
        }

        return AnswerOne(root, answer);
    }

    /// <summary>The calls in a request body as (method, params raw JSON) pairs.</summary>
    public static IReadOnlyList<(string Method, string Params)> Calls(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var calls = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
        return [.. calls.Select(c => (c.GetProperty("method").GetString()!, c.TryGetProperty("params", out var p) ? p.GetRawText() : "[]"))];
    }

    private static string AnswerOne(JsonElement call, Func<string, JsonElement, RpcAnswer> answer)
    {
        var id = call.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : "null";
        var method = call.GetProperty("method").GetString()!;
        var parameters = call.TryGetProperty("params", out var p) ? p : default;
        var reply = answer(method, parameters);
        return reply.ResultJson is { } result
            ? $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":{result}}}"
            : $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"error\":{{\"code\":{reply.ErrorCode},\"message\":{JsonSerializer.Serialize(reply.ErrorMessage)}}}}}";
    }
}
