using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Rpc;

public sealed class JsonRpcClientTests
{
    private static readonly JsonRpcRequest BlockNumber = new("eth_blockNumber", "[]");

    [Fact]
    public async Task CallAsync_TooManyRequestsThenSuccess_RetriesAndReturns()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(new ServerReply(429, "slow down", Headers: new Dictionary<string, string> { ["Retry-After"] = "0" })));
        using var client = Client(node.Url);

        var result = await client.CallAsync(BlockNumber, r => r.GetString());

        Assert.Equal("0x10", result);
        Assert.Equal(2, node.Requests.Count);
        Assert.Equal(1, client.Statistics.Retries);
    }

    [Fact]
    public async Task CallAsync_ServerErrorEveryTime_ThrowsTransientAfterAllRetries()
    {
        await using var node = new ScriptedNode(Enumerable.Repeat(ScriptedNode.Reply(ServerReply.Http(500)), 10).ToArray());
        using var client = Client(node.Url, maxRetries: 2);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(BlockNumber, r => r.GetString()));

        Assert.True(error.IsTransient);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, node.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_DroppedConnectionThenSuccess_Retries()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Drop()), ScriptedNode.Reply(ServerReply.Drop()));
        using var client = Client(node.Url);

        Assert.Equal("0x10", await client.CallAsync(BlockNumber, r => r.GetString()));
        Assert.Equal(3, node.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_NodeNeverAnswers_TimesOutAndThrowsTransient()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Hang()), ScriptedNode.Reply(ServerReply.Hang()));
        using var client = Client(node.Url, maxRetries: 1, timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(BlockNumber, r => r.GetString()));

        Assert.True(error.IsTransient);
        Assert.Contains("no answer within 0.3 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_BodyCutShortOfContentLength_RetriesThenSucceeds()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(new ServerReply(200, "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x99\"}", ReplyKind.Truncate)));
        using var client = Client(node.Url);

        Assert.Equal("0x10", await client.CallAsync(BlockNumber, r => r.GetString()));
        Assert.Equal(2, node.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_TruncatedJsonEveryTime_ThrowsChainDataExceptionNamingCall()
    {
        await using var node = new ScriptedNode(Enumerable.Repeat(ScriptedNode.Reply(ServerReply.Json("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{\"hash\":\"0x")), 5).ToArray());
        using var client = Client(node.Url, maxRetries: 2);

        var error = await Assert.ThrowsAsync<ChainDataException>(() =>
            client.CallAsync(JsonRpcRequest.Create("eth_getBlockByNumber", "0x5", true), r => r.GetRawText()));

        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);
        Assert.Contains("eth_getBlockByNumber[\"0x5\",true]", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, node.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_NotJsonOnceThenValid_Succeeds()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Json("<html>gateway</html>")));
        using var client = Client(node.Url);

        Assert.Equal("0x10", await client.CallAsync(BlockNumber, r => r.GetString()));
    }

    [Fact]
    public async Task CallAsync_Unauthorized_ThrowsNonTransientWithoutRetry()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Http(401, "no key")));
        using var client = Client(node.Url);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(BlockNumber, r => r.GetString()));

        Assert.False(error.IsTransient);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task CallAsync_NodeError_ThrowsNonTransientWithCodeAndMessage()
    {
        await using var node = new ScriptedNode(ScriptedNode.Calls((_, _) => RpcAnswer.Error(-32000, "execution reverted")));
        using var client = Client(node.Url);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(BlockNumber, r => r.GetString()));

        Assert.False(error.IsTransient);
        Assert.Contains("-32000 execution reverted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchAsync_LimitExceededForOneCall_RetriesOnlyThatCall()
    {
        await using var node = new ScriptedNode(ScriptedNode.Calls((method, p) =>
            p[0].GetString() == "b" ? RpcAnswer.Error(-32005, "limit exceeded") : RpcAnswer.Result(p[0].GetRawText())));
        using var client = Client(node.Url);

        var results = await client.BatchAsync(
            [JsonRpcRequest.Create("echo", "a"), JsonRpcRequest.Create("echo", "b"), JsonRpcRequest.Create("echo", "c")],
            (_, r) => r.Result.GetString()!);

        Assert.Equal(["a", "b", "c"], results);
        Assert.Equal(2, node.Requests.Count);
        Assert.Single(JsonRpcAnswers.Calls(node.Requests[1]));
    }

    [Fact]
    public async Task BatchAsync_FinalErrorForOneCall_HandsItToDecode()
    {
        await using var node = new ScriptedNode(ScriptedNode.Calls((method, p) =>
            p[0].GetString() == "b" ? RpcAnswer.MethodNotFound() : RpcAnswer.Result(p[0].GetRawText())));
        using var client = Client(node.Url);

        var results = await client.BatchAsync(
            [JsonRpcRequest.Create("echo", "a"), JsonRpcRequest.Create("echo", "b")],
            (_, r) => r.Error is { IsUnsupportedMethod: true } ? "unsupported" : r.Result.GetString()!);

        Assert.Equal(["a", "unsupported"], results);
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task BatchAsync_MoreCallsThanBatchSize_SplitsAndKeepsOrder()
    {
        await using var node = new ScriptedNode();
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = node.Url, MaxBatchSize = 100 });
        var requests = Enumerable.Range(0, 250).Select(i => JsonRpcRequest.Create("echo", i)).ToArray();

        var results = await client.BatchAsync(requests, (_, r) => r.Result.GetInt32());

        Assert.Equal(Enumerable.Range(0, 250), results);
        Assert.Equal(3, node.Requests.Count);
        Assert.Equal(250, client.Statistics.Calls);
    }

    [Fact]
    public async Task BatchAsync_BatchRefusedAsTooLarge_HalvesTheBatch()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Json("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch too large\"}}")));
        using var client = Client(node.Url, maxRetries: 0);

        var results = await client.BatchAsync(
            Enumerable.Range(0, 4).Select(i => JsonRpcRequest.Create("echo", i)).ToArray(), (_, r) => r.Result.GetInt32());

        Assert.Equal([0, 1, 2, 3], results);
        Assert.Equal(3, node.Requests.Count);
    }

    [Fact]
    public async Task CallAsync_AnswerAboveSizeLimit_ThrowsNonTransient()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Json($"{{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"{new string('a', 5000)}\"}}")));
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = node.Url, MaxResponseBytes = 1024 });

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(BlockNumber, r => r.GetString()));

        Assert.False(error.IsTransient);
        Assert.Contains("larger than the limit of 1024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchAsync_ManyBatches_NeverExceedsMaxConcurrency()
    {
        await using var node = new ScriptedNode(Enumerable.Repeat<Func<string, ServerReply>>(
            body => ServerReply.Json(JsonRpcAnswers.Answer(body, (_, p) => RpcAnswer.Result(p[0].GetRawText()))) with { Delay = TimeSpan.FromMilliseconds(60) },
            12).ToArray());
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = node.Url, MaxBatchSize = 1, MaxConcurrency = 2 });

        var results = await client.BatchAsync(Enumerable.Range(0, 12).Select(i => JsonRpcRequest.Create("echo", i)).ToArray(), (_, r) => r.Result.GetInt32());

        Assert.Equal(Enumerable.Range(0, 12), results);
        Assert.Equal(2, node.PeakConcurrentRequests);
    }

    [Fact]
    public async Task CallAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var node = new ScriptedNode(ScriptedNode.Reply(ServerReply.Hang()));
        using var client = Client(node.Url, timeout: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CallAsync(BlockNumber, r => r.GetString(), cancel.Token));
    }

    private static JsonRpcClient Client(string url, int maxRetries = 3, TimeSpan? timeout = null) => new(new JsonRpcClientOptions
    {
        Url = url,
        MaxRetries = maxRetries,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(50),
        Timeout = timeout ?? TimeSpan.FromSeconds(5),
    });
}
