using System.Globalization;
using System.Text.Json;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Replay;

/// <summary>
/// A loopback JSON-RPC node that answers from recorded ethereum-etl fixtures: a call's method and parameters name
/// the file (<c>web3_response.eth_getBlockByNumber_0xb872_true.json</c>, the history folders' variants with decimal
/// numbers, <c>*.receipt.HASH.json</c>, <c>*.block.N.json</c>); calls with no recording get -32601.
/// </summary>
public sealed class RecordedNode : IAsyncDisposable
{
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly LoopbackHttpServer _server;
    private readonly List<string> _misses = [];
    private readonly Lock _gate = new();

    /// <summary>Serves the recordings in the given folders (relative to the shared data's ethereum/rpc folder).</summary>
    public RecordedNode(params string[] folders)
    {
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(SharedData.PathOf(Path.Combine("ethereum/rpc", folder)), "*.json"))
            {
                _files.TryAdd(Path.GetFileName(file), file);
            }
        }

        _server = new LoopbackHttpServer(body => ServerReply.Json(JsonRpcAnswers.Answer(body, Answer)));
    }

    /// <summary>The node's URL.</summary>
    public string Url => _server.Url;

    /// <summary>Calls that had no recording, as <c>method params</c>.</summary>
    public IReadOnlyList<string> Misses
    {
        get
        {
            lock (_gate)
            {
                return [.. _misses];
            }
        }
    }

    /// <summary>The methods called, in order, over all requests.</summary>
    public IReadOnlyList<string> Methods => [.. _server.Requests.SelectMany(JsonRpcAnswers.Calls).Select(c => c.Method)];

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private RpcAnswer Answer(string method, JsonElement parameters)
    {
        foreach (var name in Candidates(method, parameters))
        {
            if (_files.TryGetValue(name, out var path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                return RpcAnswer.Result(document.RootElement.GetProperty("result").GetRawText());
            }
        }

        lock (_gate)
        {
            _misses.Add($"{method} {parameters.GetRawText()}");
        }

        return RpcAnswer.MethodNotFound();
    }

    private static IEnumerable<string> Candidates(string method, JsonElement parameters)
    {
        var flat = parameters.ValueKind == JsonValueKind.Array ? Flatten(parameters).ToArray() : [];
        yield return $"web3_response.{method}_{string.Join('_', flat)}.json";
        var decimals = flat.Select(Decimal).ToArray();
        yield return $"web3_response.{method}_{string.Join('_', decimals)}.json";
        if (method == "eth_getTransactionReceipt" && flat.Length == 1)
        {
            yield return $"web3_response.receipt.{flat[0]}.json";
            yield return $"ipc_response.receipt.{flat[0]}.json";
        }

        if (method == "eth_getBlockByNumber" && flat.Length == 2 && flat[1] == "true")
        {
            yield return $"web3_response.block.{decimals[0]}.json";
        }
    }

    private static IEnumerable<string> Flatten(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var part in Flatten(item))
                    {
                        yield return part;
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name.ToLowerInvariant();
                    foreach (var part in Flatten(property.Value))
                    {
                        yield return part.ToLowerInvariant();
                    }
                }

                break;
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            default:
                yield return element.GetRawText().ToLowerInvariant();
                break;
        }
    }

    private static string Decimal(string part) =>
        part.StartsWith("0x", StringComparison.Ordinal) && part.Length <= 18 &&
        ulong.TryParse(part.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : part;
}
