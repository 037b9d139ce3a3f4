using System.Text.Json;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>
/// One answer of a call, valid only inside the decode callback it is handed to (the JSON is released afterwards):
/// either a <see cref="Result"/> (which may be JSON null) or an <see cref="Error"/> that no retry cured.
/// </summary>
public readonly struct JsonRpcResponse
{
    internal JsonRpcResponse(JsonElement result, JsonRpcError? error)
    {
        Result = result;
        Error = error;
    }

    /// <summary>The <c>result</c> member; undefined when <see cref="Error"/> is set.</summary>
    public JsonElement Result { get; }

    /// <summary>The node's error, or null on success.</summary>
    public JsonRpcError? Error { get; }

    /// <summary>True when the node answered with an error.</summary>
    public bool IsError => Error is not null;
}
