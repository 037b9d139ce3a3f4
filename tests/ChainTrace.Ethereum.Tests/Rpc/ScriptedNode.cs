using System.Collections.Concurrent;
using System.Text.Json;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Rpc;

/// <summary>
/// A loopback node that plays a script: the n-th HTTP request gets the n-th scripted reply (a fault or a body);
/// after the script, every call is answered by <see cref="Answer"/> (default: <c>eth_blockNumber</c> → 0x10,
/// anything else → its first parameter echoed).
/// </summary>
public sealed class ScriptedNode : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<string, ServerReply>> _script = new();
    private readonly LoopbackHttpServer _server;

    public ScriptedNode(params Func<string, ServerReply>[] script)
    {
        foreach (var step in script)
        {
            _script.Enqueue(step);
        }

        _server = new LoopbackHttpServer(body =>
            _script.TryDequeue(out var step) ? step(body) : ServerReply.Json(JsonRpcAnswers.Answer(body, Answer)));
    }

    /// <summary>The answer to each call once the script is played out.</summary>
    public Func<string, JsonElement, RpcAnswer> Answer { get; set; } = static (method, parameters) =>
        method == "eth_blockNumber"
            ? RpcAnswer.Result("\"0x10\"")
            : RpcAnswer.Result(parameters.ValueKind == JsonValueKind.Array && parameters.GetArrayLength() > 0 ? parameters[0].GetRawText() : "null");

    public string Url => _server.Url;

    public int Port => _server.Port;

    public IReadOnlyList<string> Requests => _server.Requests;

    public IReadOnlyList<string> RequestHeads => _server.RequestHeads;

    public int PeakConcurrentRequests => _server.PeakConcurrentRequests;

    /// <summary>A scripted step that answers normally, with a fault applied per call by <paramref name="answer"/>.</summary>
    public static Func<string, ServerReply> Calls(Func<string, JsonElement, RpcAnswer> answer) =>
        body => ServerReply.Json(JsonRpcAnswers.Answer(body, answer));

    public static Func<string, ServerReply> Reply(ServerReply reply) => _ => reply;

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
