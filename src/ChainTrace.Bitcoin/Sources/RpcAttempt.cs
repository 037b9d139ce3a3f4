namespace ChainTrace.Bitcoin.Sources;

/// <summary>The outcome of one HTTP attempt: a response, or a transient failure worth retrying.</summary>
/// <param name="Response">The parsed response, or null when the attempt failed transiently.</param>
/// <param name="FailureReason">Why the attempt failed (no credentials in it), or null.</param>
/// <param name="RetryAfter">The server's Retry-After, when it sent one.</param>
/// <param name="Error">The underlying exception, if any.</param>
internal readonly record struct RpcAttempt(RpcResponse? Response, string? FailureReason, TimeSpan? RetryAfter, Exception? Error)
{
    public static RpcAttempt Failed(string reason, TimeSpan? retryAfter = null, Exception? error = null) =>
        new(null, reason, retryAfter, error);
}
