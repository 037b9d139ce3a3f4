using System.Text.Json;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// A loopback JSON-RPC node serving a <see cref="FakeChain"/>, with two fault hooks: <see cref="HttpFault"/>
/// decides per HTTP request (drop, hang, 429, 500, malformed or truncated body), <see cref="CallFault"/> per call
/// (replace a call's answer).
/// </summary>
public sealed class FakeEthereumNode : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;

    /// <summary>Starts serving <paramref name="chain"/>.</summary>
    public FakeEthereumNode(FakeChain chain)
    {
        Chain = chain;
        _server = new LoopbackHttpServer(body =>
        {
            if (HttpFault?.Invoke(body) is { } fault)
            {
                return fault;
            }

            return ServerReply.Json(JsonRpcAnswers.Answer(body, (method, parameters) =>
                CallFault?.Invoke(method, parameters) ?? Chain.Answer(method, parameters))) with { Delay = Delay };
        });
    }

    /// <summary>The chain served.</summary>
    public FakeChain Chain { get; }

    /// <summary>The node's URL.</summary>
    public string Url => _server.Url;

    /// <summary>Returns a reply to replace the whole HTTP answer, or null to answer normally.</summary>
    public Func<string, ServerReply?>? HttpFault { get; set; }

    /// <summary>Returns an answer to replace one call's answer, or null to answer from the chain.</summary>
    public Func<string, JsonElement, RpcAnswer?>? CallFault { get; set; }

    /// <summary>How long every normal answer is held back (a slower node). Default none.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The bodies of all requests received.</summary>
    public IReadOnlyList<string> Requests => _server.Requests;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
