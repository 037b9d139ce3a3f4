namespace ChainTrace.Cli.Commands;

/// <summary>Parses the <c>--rpc</c> URL of the ingest commands.</summary>
internal static class RpcUrl
{
    /// <summary>Returns the absolute http(s) URL, or throws an ArgumentException that does not echo credentials.</summary>
    public static Uri Parse(string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new ArgumentException("--rpc needs an absolute http:// or https:// URL, e.g. http://127.0.0.1:8332/.");
    }
}
