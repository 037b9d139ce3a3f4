namespace ChainTrace.Testing.Ethereum;

/// <summary>How the loopback server treats one HTTP request.</summary>
public enum ReplyKind
{
    /// <summary>Send the status and body.</summary>
    Normal,

    /// <summary>Close the connection without answering.</summary>
    Drop,

    /// <summary>Send the headers and half the body (with the full Content-Length), then close.</summary>
    Truncate,

    /// <summary>Never answer (until the server stops): the client's timeout must fire.</summary>
    Hang,
}

/// <summary>A scripted HTTP answer of <see cref="LoopbackHttpServer"/>.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">Body text (JSON).</param>
/// <param name="Kind">Normal, or a fault.</param>
/// <param name="Headers">Extra headers, e.g. Retry-After.</param>
public sealed record ServerReply(int Status, string Body, ReplyKind Kind = ReplyKind.Normal, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>How long to wait before answering (without blocking a thread).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>200 with a JSON body.</summary>
    public static ServerReply Json(string body) => new(200, body);

    /// <summary>Closes the connection without an answer.</summary>
    public static ServerReply Drop() => new(0, string.Empty, ReplyKind.Drop);

    /// <summary>Never answers.</summary>
    public static ServerReply Hang() => new(0, string.Empty, ReplyKind.Hang);

    /// <summary>An HTTP error status with a short body.</summary>
    public static ServerReply Http(int status, string body = "error") => new(status, body);
}
