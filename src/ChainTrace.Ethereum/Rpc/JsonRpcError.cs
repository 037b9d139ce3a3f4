namespace ChainTrace.Ethereum.Rpc;

/// <summary>The <c>error</c> member of a JSON-RPC answer.</summary>
/// <param name="Code">The error code (-32601 method not found, -32005 limit exceeded, …).</param>
/// <param name="Message">The node's message, shortened to at most 300 characters.</param>
public sealed record JsonRpcError(int Code, string Message)
{
    /// <summary>JSON-RPC "method not found".</summary>
    public const int MethodNotFound = -32601;

    /// <summary>JSON-RPC "invalid request".</summary>
    public const int InvalidRequest = -32600;

    /// <summary>JSON-RPC "invalid params".</summary>
    public const int InvalidParams = -32602;

    /// <summary>EIP-1474 "limit exceeded" (rate limits of hosted nodes).</summary>
    public const int LimitExceeded = -32005;

    /// <summary>True for errors a retry may cure: limit exceeded, or a message about rate limits.</summary>
    public bool IsTransient =>
        Code == LimitExceeded ||
        Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase) ||
        Message.Contains("too many requests", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the node does not offer the method: "method not found", or a message about the method that says it
    /// does not exist, is not available, not supported, not enabled or disabled (nodes word this differently).
    /// </summary>
    public bool IsUnsupportedMethod =>
        Code == MethodNotFound ||
        (Message.Contains("method", StringComparison.OrdinalIgnoreCase) &&
         (Message.Contains("not found", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("does not exist", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("not available", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("not supported", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("unsupported", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("not enabled", StringComparison.OrdinalIgnoreCase) ||
          Message.Contains("disabled", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Renders e.g. <c>-32601 Method not found</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code} {Message}");
}
