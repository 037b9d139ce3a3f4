using System.Text.Json;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>The answer to one call: its result, or the node's error code and message.</summary>
/// <param name="Result">The result element (valid while the owning <see cref="RpcResponse"/> is alive).</param>
/// <param name="ErrorCode">The RPC error code, or null on success or when the node sent none.</param>
/// <param name="ErrorMessage">The RPC error message, or null on success.</param>
internal readonly record struct RpcItem(JsonElement Result, int? ErrorCode, string? ErrorMessage)
{
    /// <summary>Bitcoin Core's RPC_INVALID_ADDRESS_OR_KEY: no such block or transaction.</summary>
    public const int NotFound = -5;

    /// <summary>Bitcoin Core's RPC_IN_WARMUP: the node is still starting.</summary>
    public const int InWarmup = -28;

    /// <summary>True when the call failed.</summary>
    public bool IsError => ErrorMessage is not null;
}
