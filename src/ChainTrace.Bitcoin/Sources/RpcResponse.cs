using System.Text.Json;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>A parsed JSON-RPC response: one item per call, in the order the calls were sent. Owns the JSON document.</summary>
internal sealed class RpcResponse : IDisposable
{
    private readonly JsonDocument _document;

    public RpcResponse(JsonDocument document, IReadOnlyList<RpcItem> items)
    {
        _document = document;
        Items = items;
    }

    /// <summary>The answers, in request order.</summary>
    public IReadOnlyList<RpcItem> Items { get; }

    public void Dispose() => _document.Dispose();
}
