namespace ChainTrace.Bitcoin.Sources;

/// <summary>How <see cref="BitcoinRpcClient"/> reaches and authenticates to a Bitcoin Core node.</summary>
/// <remarks>
/// Authentication, first match wins: <see cref="CookieFile"/> (Core's <c>.cookie</c>, read again for every request so a
/// node restart is picked up), <see cref="UserName"/>/<see cref="Password"/> (<c>rpcuser</c>/<c>rpcpassword</c> or
/// <c>rpcauth</c>), then user information in <see cref="Endpoint"/> (<c>http://user:pass@host:8332/</c>). Credentials
/// are sent only in the Authorization header and never appear in exception messages.
/// </remarks>
public sealed class BitcoinRpcOptions
{
    /// <summary>The node's RPC URL, e.g. <c>http://127.0.0.1:8332/</c> (a wallet path is kept). Required.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Path of the cookie file (content <c>__cookie__:password</c>). Default null: not used.</summary>
    public string? CookieFile { get; init; }

    /// <summary>The RPC user name. Default null: not used.</summary>
    public string? UserName { get; init; }

    /// <summary>The RPC password (with <see cref="UserName"/>). Default null.</summary>
    public string? Password { get; init; }

    /// <summary>Time allowed for one HTTP request including reading the response. Default 2 minutes.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Retries after a transient failure (connection refused or dropped, timeout, HTTP 429 or 5xx without an RPC answer,
    /// RPC error -28 "warming up"). Default 5; 0 disables retrying.
    /// </summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The delay before the first retry; each further retry doubles it up to <see cref="MaxRetryDelay"/>.
    /// Default 250 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest delay between retries, also the cap on a server's Retry-After. Default 10 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest response body accepted, in bytes; a larger one is an error. Default 256 MiB.</summary>
    public int MaxResponseBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>The most calls sent in one JSON-RPC batch request. Default 100.</summary>
    public int MaxBatchSize { get; init; } = 100;

    /// <summary>Checks the option values.</summary>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http(s) URL, or both a cookie file and a user
    /// name are given, or a password without a user name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A timeout, delay, retry count, size or batch size is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Endpoint);
        if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The RPC endpoint must be an absolute http:// or https:// URL.", nameof(Endpoint));
        }

        if (CookieFile is not null && UserName is not null)
        {
            throw new ArgumentException("Give either a cookie file or a user name and password, not both.", nameof(CookieFile));
        }

        if (Password is not null && UserName is null)
        {
            throw new ArgumentException("A password needs a user name.", nameof(Password));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 100, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, RetryBaseDelay, nameof(MaxRetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseBytes, 1024, nameof(MaxResponseBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBatchSize, 10_000, nameof(MaxBatchSize));
    }
}
