using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>
/// Answers JSON-RPC (single and batch) from bitcoin-etl's recorded Bitcoin Core responses, files named
/// <c>rpc_response_&lt;method&gt;_&lt;params joined by _&gt;.json</c> with Python renderings of the parameters
/// (<c>True</c>, <c>None</c>, numbers, strings). When no file matches all parameters, trailing parameters are dropped
/// one at a time (the recordings key <c>getrawtransaction</c> by txid only). Unrecorded getblock, getblockhash and
/// getrawtransaction calls get RPC error -5 (not found), other methods -32601 (method not found), the way Core reports
/// them: HTTP 500 for a single call, 200 inside a batch.
/// Extra synthetic methods can be added with <see cref="Handle"/>.
/// </summary>
internal sealed class RecordedBitcoinNode : IAsyncDisposable
{
    public const string Resources = "bitcoin/rpc/tests/resources/test_export_blocks_job";

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonArray, JsonNode?>> _synthetic = new(StringComparer.Ordinal);

    public RecordedBitcoinNode(params string[] folders)
    {
        foreach (var folder in folders)
        {
            foreach (var path in Directory.EnumerateFiles(SharedData.PathOf($"{Resources}/{folder}"), "rpc_response_*.json"))
            {
                _files[Path.GetFileNameWithoutExtension(path)["rpc_response_".Length..]] = path;
            }
        }

        Server = new LoopbackHttpServer(Answer);
    }

    public LoopbackHttpServer Server { get; }

    /// <summary>RPC calls received (method and rendered parameters), in order.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>Adds or replaces the answer to a method.</summary>
    public void Handle(string method, Func<JsonArray, JsonNode?> answer) => _synthetic[method] = answer;

    public static string ReadRecording(string folder, string file) => File.ReadAllText(SharedData.PathOf($"{Resources}/{folder}/{file}"));

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private ServerReply Answer(ReceivedRequest request)
    {
        var root = JsonNode.Parse(request.Body);
        if (root is JsonArray batch)
        {
            var answers = new JsonArray();
            foreach (var call in batch)
            {
                answers.Add(AnswerCall(call!.AsObject()).Response);
            }

            return ServerReply.Json(answers.ToJsonString());
        }

        var (response, ok) = AnswerCall(root!.AsObject());
        return ServerReply.Json(response.ToJsonString(), ok ? 200 : 500);
    }

    private (JsonObject Response, bool Ok) AnswerCall(JsonObject call)
    {
        var method = call["method"]!.GetValue<string>();
        var parameters = call["params"] as JsonArray ?? [];
        var id = call["id"]?.DeepClone();
        lock (Calls)
        {
            Calls.Add(method + " " + string.Join(' ', parameters.Select(Render)));
        }

        JsonNode? result = null;
        var found = false;
        if (_synthetic.TryGetValue(method, out var synthetic))
        {
            result = synthetic(parameters);
            found = true;
        }
        else
        {
            for (var count = parameters.Count; count >= 0 && !found; count--)
            {
                var key = string.Join('_', new[] { method }.Concat(parameters.Take(count).Select(Render)));
                if (_files.TryGetValue(key, out var path))
                {
                    result = JsonNode.Parse(File.ReadAllText(path));
                    found = true;
                }
            }
        }

        if (found)
        {
            return (new JsonObject { ["result"] = result, ["error"] = null, ["id"] = id }, true);
        }

        var error = method is "getblock" or "getrawtransaction" or "getblockhash"
            ? new JsonObject { ["code"] = -5, ["message"] = "No such block or transaction (not recorded)" }
            : new JsonObject { ["code"] = -32601, ["message"] = "Method not found" };
        return (new JsonObject { ["result"] = null, ["error"] = error, ["id"] = id }, false);
    }

    private static string Render(JsonNode? value) => value switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "False",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
