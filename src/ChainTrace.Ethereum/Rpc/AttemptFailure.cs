namespace ChainTrace.Ethereum.Rpc;

/// <summary>A failed attempt: its kind, a credential-free description, and the server's Retry-After if any.</summary>
/// <param name="Kind">Whether a retry may help.</param>
/// <param name="Description">What went wrong, without credentials.</param>
/// <param name="RetryAfter">The server's Retry-After, if it sent one.</param>
/// <param name="BatchRejected">True when the node refused the batch as a whole (too large); smaller batches may pass.</param>
internal sealed record AttemptFailure(
    FailureKind Kind, string Description, TimeSpan? RetryAfter = null, bool BatchRejected = false);
