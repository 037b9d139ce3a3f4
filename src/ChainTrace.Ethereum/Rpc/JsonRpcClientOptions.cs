namespace ChainTrace.Ethereum.Rpc;

/// <summary>Settings of a <see cref="JsonRpcClient"/>. Validated by <see cref="Validate"/> when the client is built.</summary>
public sealed class JsonRpcClientOptions
{
    /// <summary>The node URL (http or https). It may carry credentials; they never appear in messages.</summary>
    public required string Url { get; init; }

    /// <summary>Time allowed for one HTTP attempt, from sending to the last byte of the answer. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (so at most this + 1 attempts). Default 5; 0 disables retries.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Backoff before the first retry; it doubles per retry up to <see cref="MaxBackoff"/>, with jitter. Default 250 ms.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Upper bound of one backoff, also of an honoured Retry-After. Default 10 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>HTTP requests in flight at once. Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>JSON-RPC calls per HTTP request; larger batches are split. Default 100.</summary>
    public int MaxBatchSize { get; init; } = 100;

    /// <summary>Largest answer accepted, in bytes; a larger one fails without being buffered. Default 256 MiB.</summary>
    public long MaxResponseBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Clock for timeouts and backoff. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL (the message shows it redacted).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or duration is out of range.</exception>
    public void Validate()
    {
        _ = RpcEndpoint.Parse(Url);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 100, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialBackoff, TimeSpan.Zero, nameof(InitialBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, InitialBackoff, nameof(MaxBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024, nameof(MaxResponseBytes));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
