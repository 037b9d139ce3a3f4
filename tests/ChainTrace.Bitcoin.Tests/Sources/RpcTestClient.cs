using ChainTrace.Bitcoin.Sources;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>Clients with millisecond retry delays, and scripted failures, for RPC tests.</summary>
internal static class RpcTestClient
{
    public static BitcoinRpcClient Create(
        Uri endpoint,
        string? cookieFile = null,
        string? userName = null,
        string? password = null,
        int maxRetries = 5,
        TimeSpan? requestTimeout = null,
        int maxResponseBytes = 256 * 1024 * 1024,
        int maxBatchSize = 100) =>
        new(new BitcoinRpcOptions
        {
            Endpoint = endpoint,
            CookieFile = cookieFile,
            UserName = userName,
            Password = password,
            MaxRetries = maxRetries,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
            MaxResponseBytes = maxResponseBytes,
            MaxBatchSize = maxBatchSize,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        });

    /// <summary>A transient failure as a node or proxy produces it.</summary>
    public static ServerReply Failure(string kind) => kind switch
    {
        "500" => new ServerReply(500, "Internal error, no JSON"),
        "503" => new ServerReply(503, "Work queue depth exceeded"),
        "429" => new ServerReply(429, string.Empty, RetryAfter: "1"),
        "drop" => ServerReply.Drop(),
        "warmup" => new ServerReply(500, """{"result":null,"error":{"code":-28,"message":"Loading block index..."},"id":1}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
}
