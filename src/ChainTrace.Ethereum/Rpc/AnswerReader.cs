using System.Globalization;
using System.Text.Json;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>
/// Splits the body of one HTTP answer into JSON-RPC answers matched to requests by id, and hands each settled
/// answer to a callback while the JSON is alive. Transient per-call errors (limit exceeded) are left unanswered
/// for the caller to retry.
/// </summary>
internal static class AnswerReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 4096 };

    /// <summary>Processes an answer to <paramref name="count"/> calls sent with ids 0…count − 1.</summary>
    /// <param name="body">The HTTP body.</param>
    /// <param name="count">How many calls the request carried.</param>
    /// <param name="nonSuccessStatus">The HTTP status text when it was not 2xx, else null.</param>
    /// <param name="answered">Set to true for each call that got a final answer.</param>
    /// <param name="onAnswer">Receives the call's position and its answer.</param>
    /// <returns>The failure for the calls left unanswered, or null when all were answered.</returns>
    public static AttemptFailure? Process(
        ReadOnlyMemory<byte> body, int count, string? nonSuccessStatus, bool[] answered, Action<int, JsonRpcResponse> onAnswer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return nonSuccessStatus is not null
                ? new AttemptFailure(FailureKind.Fatal, nonSuccessStatus)
                : new AttemptFailure(FailureKind.Malformed, Malformed(body.Length, exception));
        }

        using (document)
        {
            var root = document.RootElement;
            AttemptFailure? failure = null;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray())
                {
                    failure = Settle(item, count, answered, onAnswer) ?? failure;
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                if (!TryGetId(root, count, out _) && count > 1 && root.TryGetProperty("error", out var batchError))
                {
                    var error = ReadError(batchError);
                    return new AttemptFailure(
                        FailureKind.Transient,
                        $"the node refused a batch of {count.ToString(CultureInfo.InvariantCulture)} calls: {error}",
                        BatchRejected: !error.IsTransient);
                }

                failure = Settle(root, count, answered, onAnswer);
            }
            else
            {
                return nonSuccessStatus is not null
                    ? new AttemptFailure(FailureKind.Fatal, nonSuccessStatus)
                    : new AttemptFailure(FailureKind.Malformed, "the answer is neither a JSON object nor an array");
            }

            if (Array.IndexOf(answered, false) < 0)
            {
                return null;
            }

            if (failure is null && nonSuccessStatus is not null)
            {
                return new AttemptFailure(FailureKind.Fatal, nonSuccessStatus);
            }

            return failure ?? new AttemptFailure(FailureKind.Malformed, "the answer lacks the answers to some calls (ids missing)");
        }
    }

    private static AttemptFailure? Settle(
        JsonElement item, int count, bool[] answered, Action<int, JsonRpcResponse> onAnswer)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new AttemptFailure(FailureKind.Malformed, "an answer in the batch is not a JSON object");
        }

        var hasId = TryGetId(item, count, out var position);
        if (!hasId && count == 1)
        {
            position = 0;
        }
        else if (!hasId)
        {
            return new AttemptFailure(FailureKind.Malformed, "an answer has no id, or an id that was not asked for");
        }

        if (answered[position])
        {
            return null;
        }

        if (item.TryGetProperty("error", out var errorElement) && errorElement.ValueKind != JsonValueKind.Null)
        {
            var error = ReadError(errorElement);
            if (error.IsTransient)
            {
                return new AttemptFailure(FailureKind.Transient, $"the node answered with error {error}");
            }

            answered[position] = true;
            onAnswer(position, new JsonRpcResponse(default, error));
            return null;
        }

        if (!item.TryGetProperty("result", out var result))
        {
            return new AttemptFailure(FailureKind.Malformed, "an answer has neither 'result' nor 'error'");
        }

        answered[position] = true;
        onAnswer(position, new JsonRpcResponse(result, null));
        return null;
    }

    private static bool TryGetId(JsonElement item, int count, out int position)
    {
        position = -1;
        if (!item.TryGetProperty("id", out var id))
        {
            return false;
        }

        var ok = id.ValueKind switch
        {
            JsonValueKind.Number => id.TryGetInt32(out position),
            JsonValueKind.String => int.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out position),
            _ => false,
        };
        return ok && position >= 0 && position < count;
    }

    private static JsonRpcError ReadError(JsonElement error)
    {
        var code = 0;
        var message = string.Empty;
        if (error.ValueKind == JsonValueKind.Object)
        {
            if (error.TryGetProperty("code", out var codeElement) && codeElement.ValueKind == JsonValueKind.Number)
            {
                _ = codeElement.TryGetInt32(out code);
            }

            if (error.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String)
            {
                message = messageElement.GetString() ?? string.Empty;
            }
        }
        else if (error.ValueKind == JsonValueKind.String)
        {
            message = error.GetString() ?? string.Empty;
        }

        return new JsonRpcError(code, message.Length <= 300 ? message : message[..297] + "...");
    }

    private static string Malformed(int length, JsonException exception) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"the answer ({length} bytes) is not valid JSON: {exception.Message.Split(" Path:", 2)[0]}");
}
