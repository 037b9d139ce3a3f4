namespace ChainTrace.Bitcoin.Sources;

/// <summary>One JSON-RPC call: a method and positional parameters (string, long, int, bool or null).</summary>
/// <param name="Method">The RPC method name.</param>
/// <param name="Parameters">The positional parameters.</param>
internal sealed record RpcCall(string Method, IReadOnlyList<object?> Parameters)
{
    /// <summary>Method and first parameter for messages, e.g. <c>getblock 0000…6048</c>.</summary>
    public string Describe() =>
        Parameters.Count > 0 && Parameters[0] is { } first
            ? $"{Method} {Convert.ToString(first, System.Globalization.CultureInfo.InvariantCulture)}"
            : Method;
}
