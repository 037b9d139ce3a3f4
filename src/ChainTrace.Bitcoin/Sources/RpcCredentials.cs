using System.Net.Http.Headers;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Builds the HTTP Basic Authorization header from the configured credentials. The secret never leaves this type
/// except inside that header; errors name the cookie file path at most, never its content.
/// </summary>
internal sealed class RpcCredentials
{
    private readonly string? _cookieFile;
    private readonly string? _userAndPassword;

    public RpcCredentials(BitcoinRpcOptions options)
    {
        _cookieFile = options.CookieFile;
        if (options.UserName is not null)
        {
            _userAndPassword = options.UserName + ":" + (options.Password ?? string.Empty);
        }
        else if (options.CookieFile is null && !string.IsNullOrEmpty(options.Endpoint.UserInfo))
        {
            var parts = options.Endpoint.UserInfo.Split(':', 2);
            _userAndPassword = Uri.UnescapeDataString(parts[0]) + ":" + (parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
        }
    }

    /// <summary>The header for the next request, or null when no credentials are configured.</summary>
    /// <exception cref="ChainSourceException">The cookie file is missing (transient: the node may be starting) or malformed.</exception>
    public async ValueTask<AuthenticationHeaderValue?> GetHeaderAsync(CancellationToken cancellationToken)
    {
        var secret = _userAndPassword;
        if (_cookieFile is not null)
        {
            string content;
            try
            {
                content = await File.ReadAllTextAsync(_cookieFile, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                throw new ChainSourceException(
                    $"The RPC cookie file '{_cookieFile}' does not exist (is the node running?).", isTransient: true, ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ChainSourceException($"The RPC cookie file '{_cookieFile}' cannot be read.", isTransient: false, ex);
            }

            secret = content.Trim();
            if (!secret.Contains(':', StringComparison.Ordinal))
            {
                throw new ChainSourceException(
                    $"The RPC cookie file '{_cookieFile}' is not in the user:password form Bitcoin Core writes.", isTransient: false);
            }
        }

        return secret is null ? null : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(secret)));
    }
}
