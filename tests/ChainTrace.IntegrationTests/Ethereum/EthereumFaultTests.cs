using ChainTrace.Core;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>
/// The ingest against a node that times out, drops connections, answers 429/500, or sends malformed or truncated
/// JSON: retries, then a clear error; nothing already written is lost or duplicated.
/// </summary>
public sealed class EthereumFaultTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public static TheoryData<string> TransientFaults => ["429", "500", "drop", "hang", "cut", "garbage", "limit"];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task RunAsync_IntermittentFault_RetriesAndWritesEveryBlockOnce(string fault)
    {
        var chain = new FakeChain(tip: 40);
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var distinct = 0;
        await using var node = new FakeEthereumNode(chain);

        // Every third distinct request fails on its first attempt (or, for "limit", one call in it gets -32005).
        bool FirstAttemptOfEveryThird(string key) =>
            seen.AddOrUpdate(key, _ => Interlocked.Increment(ref distinct) % 3 == 0 ? 1 : -1, (_, n) => n < 0 ? n : n + 1) == 1;
        if (fault == "limit")
        {
            node.CallFault = (method, p) => FirstAttemptOfEveryThird(method + p.GetRawText()) ? RpcAnswer.Error(-32005, "limit exceeded") : null;
        }
        else
        {
            node.HttpFault = body => FirstAttemptOfEveryThird(body) ? Reply(fault) : null;
        }

        var path = _folder.Sub("dataset");

        var summary = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));

        Assert.Equal(41, DatasetFacts.AssertConsistent(path));
        Assert.Equal(40, summary.LastBlock);
        Assert.Equal(chain.HashOf(40), DatasetFacts.Blocks(path)[^1].Hash);
        Assert.Equal("80", DatasetFacts.Scalar(path, "SELECT count(*) FROM transactions"));
        Assert.Equal("120", DatasetFacts.Scalar(path, "SELECT count(*) FROM traces"));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("drop")]
    [InlineData("hang")]
    public async Task RunAsync_NodeFailsForGoodMidRun_ThrowsTransientAndKeepsCompleteBlocks(string fault)
    {
        // The node fails for good for every request that asks for block 25 or above. Deciding by the requested block
        // (not by the ingest's progress) keeps the test independent of how far the fetcher has read ahead.
        var chain = new FakeChain(tip: 40);
        await using var node = new FakeEthereumNode(chain);
        node.HttpFault = body => AsksForBlockAtOrAbove(body, 25) ? Reply(fault) : null;
        var path = _folder.Sub("dataset");
        var options = FakeNodeIngest.Options(node.Url);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => FakeNodeIngest.RunAsync(path, options));

        Assert.True(error.IsTransient);
        var kept = DatasetFacts.AssertConsistent(path);
        Assert.InRange(kept, 1, 25);

        node.HttpFault = null;
        var resumed = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));

        Assert.True(resumed.Resumed);
        Assert.Equal(kept, resumed.FirstBlock);
        Assert.Equal(41, DatasetFacts.AssertConsistent(path));
        Assert.Equal("80", DatasetFacts.Scalar(path, "SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task RunAsync_MalformedBlockForGood_ThrowsChainDataExceptionNamingBlockAndKeepsEarlierBlocks()
    {
        var chain = new FakeChain(tip: 30);
        await using var node = new FakeEthereumNode(chain);
        node.CallFault = (method, p) => method == "eth_getBlockByNumber" && p[0].GetString() == "0x17"
            ? RpcAnswer.Result(chain.Answer(method, p).ResultJson!.Replace("\"gasLimit\":\"0x1c9c380\"", "\"gasLimit\":\"0xnothex\"", StringComparison.Ordinal))
            : null;
        var path = _folder.Sub("dataset");

        var error = await Assert.ThrowsAsync<ChainDataException>(() => FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url)));

        Assert.Equal(23, error.Location.Height);
        Assert.Contains("block.gasLimit", error.Message, StringComparison.Ordinal);
        Assert.Contains("eth_getBlockByNumber", error.Message, StringComparison.Ordinal);
        var kept = DatasetFacts.AssertConsistent(path);
        Assert.InRange(kept, 1, 23);

        node.CallFault = null;
        await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));
        Assert.Equal(31, DatasetFacts.AssertConsistent(path));
    }

    [Fact]
    public async Task RunAsync_TruncatedJsonForGood_ThrowsChainDataExceptionAfterRetries()
    {
        var chain = new FakeChain(tip: 12);
        await using var node = new FakeEthereumNode(chain);
        node.HttpFault = body => body.Contains("\"0x9\"", StringComparison.Ordinal) && body.Contains("trace_block", StringComparison.Ordinal)
            ? ServerReply.Json("[{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":[{\"action\":")
            : null;
        var path = _folder.Sub("dataset");

        var error = await Assert.ThrowsAsync<ChainDataException>(() => FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url)));

        Assert.Contains("sent a malformed answer to eth_getBlockByNumber", error.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", error.Message, StringComparison.Ordinal);
        Assert.InRange(DatasetFacts.AssertConsistent(path), 0, 9);
    }

    public void Dispose() => _folder.Dispose();

    private static ServerReply Reply(string fault) => fault switch
    {
        "429" => new ServerReply(429, "slow down", Headers: new Dictionary<string, string> { ["Retry-After"] = "0" }),
        "500" => ServerReply.Http(500),
        "drop" => ServerReply.Drop(),
        "hang" => ServerReply.Hang(),
        "cut" => new ServerReply(200, "[{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x1\"}]", ReplyKind.Truncate),
        _ => ServerReply.Json("[{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{\"numb"),
    };

    private static bool AsksForBlockAtOrAbove(string body, long height) =>
        System.Text.RegularExpressions.Regex.Matches(body, "\"0x([0-9a-fA-F]{1,10})\"")
            .Any(m => Convert.ToInt64(m.Groups[1].Value, 16) >= height);
}
