namespace ChainTrace.Testing.Ethereum;

/// <summary>What a scripted node answers to one JSON-RPC call: a result (raw JSON) or an error.</summary>
/// <param name="ResultJson">The raw JSON of <c>result</c>, or null for an error.</param>
/// <param name="ErrorCode">The error code when <paramref name="ResultJson"/> is null.</param>
/// <param name="ErrorMessage">The error message when <paramref name="ResultJson"/> is null.</param>
public sealed record RpcAnswer(string? ResultJson, int ErrorCode = 0, string? ErrorMessage = null)
{
    /// <summary>A result given as raw JSON.</summary>
    public static RpcAnswer Result(string json) => new(json);

    /// <summary>An error answer.</summary>
    public static RpcAnswer Error(int code, string message) => new(null, code, message);

    /// <summary>-32601 Method not found.</summary>
    public static RpcAnswer MethodNotFound() => Error(-32601, "Method not found");
}
