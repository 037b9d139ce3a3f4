using System.Net.Http.Headers;
using System.Text;

namespace ChainTrace.Ethereum.Rpc;

/// <summary>
/// A JSON-RPC endpoint URL split into what is sent and what may be shown. User name, password, path and query
/// often carry credentials (<c>https://user:pass@host</c>, <c>/v3/API_KEY</c>, <c>?apikey=…</c>), so
/// <see cref="Display"/> keeps only scheme, host and port and replaces any path or query with <c>/***</c>;
/// every message this library produces names the endpoint by <see cref="Display"/> only.
/// </summary>
public sealed class RpcEndpoint
{
    private readonly string[] _secrets;

    private RpcEndpoint(Uri requestUri, string display, AuthenticationHeaderValue? authorization, string[] secrets)
    {
        RequestUri = requestUri;
        Display = display;
        Authorization = authorization;
        _secrets = secrets;
    }

    /// <summary>The URL requests go to, without user information (that is sent as a Basic authorization header).</summary>
    public Uri RequestUri { get; }

    /// <summary>The redacted form for messages and logs, e.g. <c>https://mainnet.example.org/***</c>.</summary>
    public string Display { get; }

    /// <summary>The Basic authorization built from the URL's user information, or null when it has none.</summary>
    internal AuthenticationHeaderValue? Authorization { get; }

    /// <summary>Parses an absolute http or https URL.</summary>
    /// <returns>False (never throws) when the text is not an absolute http(s) URL.</returns>
    public static bool TryCreate(string? text, out RpcEndpoint? endpoint)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        var requestUri = builder.Uri;
        var hasPathOrQuery = (uri.AbsolutePath.Length > 1) || uri.Query.Length > 0 || uri.Fragment.Length > 0;
        var display = $"{uri.Scheme}://{uri.Authority[(uri.Authority.IndexOf('@', StringComparison.Ordinal) + 1)..]}" +
                      (hasPathOrQuery ? "/***" : string.Empty);

        AuthenticationHeaderValue? authorization = null;
        var secrets = new List<string> { text.Trim(), uri.AbsoluteUri, requestUri.AbsoluteUri };
        if (uri.UserInfo.Length > 0)
        {
            var userInfo = Uri.UnescapeDataString(uri.UserInfo);
            authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userInfo)));
            secrets.Add(uri.UserInfo);
            secrets.AddRange(userInfo.Split(':', StringSplitOptions.RemoveEmptyEntries));
            secrets.Add(authorization.Parameter!);
        }

        if (hasPathOrQuery)
        {
            secrets.Add(uri.PathAndQuery);
            secrets.AddRange(uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries));
            if (uri.Query.Length > 1)
            {
                secrets.Add(uri.Query);
                foreach (var pair in uri.Query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    secrets.AddRange(pair.Split('=', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        endpoint = new RpcEndpoint(
            requestUri,
            display,
            authorization,
            secrets.Where(s => s.Length >= 3).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToArray());
        return true;
    }

    /// <summary>Parses an absolute http or https URL.</summary>
    /// <exception cref="ArgumentException">The text is not an absolute http(s) URL; the message shows it redacted.</exception>
    public static RpcEndpoint Parse(string? text) =>
        TryCreate(text, out var endpoint)
            ? endpoint!
            : throw new ArgumentException(
                $"'{RedactText(text)}' is not an absolute http:// or https:// URL of a JSON-RPC node.", nameof(text));

    /// <summary>
    /// Redacts any URL-like text for display without parsing it as an endpoint: keeps scheme and host, drops user
    /// information, path and query.
    /// </summary>
    public static string RedactText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (TryCreate(text, out var endpoint))
        {
            return endpoint!.Display;
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd >= 0 ? text[(schemeEnd + 3)..] : text;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            rest = rest[(at + 1)..];
        }

        var cut = rest.IndexOfAny(['/', '?', '#']);
        var host = cut >= 0 ? rest[..cut] : rest;
        var scheme = schemeEnd >= 0 ? text[..(schemeEnd + 3)] : string.Empty;
        return scheme + host + (cut >= 0 ? "/***" : string.Empty);
    }

    /// <summary>Replaces every credential-bearing part of this endpoint that occurs in <paramref name="message"/>.</summary>
    public string Scrub(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return string.Empty;
        }

        foreach (var secret in _secrets)
        {
            if (message.Contains(secret, StringComparison.OrdinalIgnoreCase))
            {
                message = message.Replace(secret, "***", StringComparison.OrdinalIgnoreCase);
            }
        }

        return message;
    }

    /// <summary>The redacted display form.</summary>
    public override string ToString() => Display;
}
