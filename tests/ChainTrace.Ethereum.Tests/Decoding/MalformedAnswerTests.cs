using System.Text.Json;
using System.Text.Json.Nodes;
using ChainTrace.Core;
using ChainTrace.Ethereum.Decoding;
using ChainTrace.Ethereum.Source;
using ChainTrace.Ethereum.Tests.Source;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Decoding;

/// <summary>Malformed node answers become <see cref="ChainDataException"/> naming method, block and field; nothing crashes.</summary>
public sealed class MalformedAnswerTests
{
    public static TheoryData<string, string, string> BlockEdits => new()
    {
        { "transactions.0.value", "\"0xzz\"", "block.transactions[0].value" },
        { "transactions.0.from", "\"0x1234\"", "block.transactions[0].from" },
        { "transactions.0.nonce", "{}", "block.transactions[0].nonce" },
        { "transactions.1.hash", "null", "block.transactions[1].hash" },
        { "transactions", "\"oops\"", "block.transactions" },
        { "hash", "12", "block.hash" },
        { "gasUsed", "\"0x10000000000000000\"", "block.gasUsed" },
        { "timestamp", "-5", "block.timestamp" },
        { "baseFeePerGas", "\"0x1" + "0000000000000000000000000000000000000000000000000000000000000000\"", "block.baseFeePerGas" },
    };

    [Theory]
    [MemberData(nameof(BlockEdits))]
    public async Task GetBlocksAsync_MalformedBlockField_ThrowsNamingMethodBlockAndField(string path, string json, string field)
    {
        var error = await FailAsync("eth_getBlockByNumber", path, json);

        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("eth_getBlockByNumber", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Location.Height);
    }

    [Theory]
    [InlineData("0.status", "\"0x2\"", "receipts[0].status")]
    [InlineData("0.gasUsed", "true", "receipts[0].gasUsed")]
    [InlineData("1.logs.0.topics", "[\"0x01\"]", "receipts[1].logs[0].topics[0]")]
    [InlineData("1.logs.0.data", "\"0xabc\"", "receipts[1].logs[0].data")]
    public async Task GetBlocksAsync_MalformedReceiptField_ThrowsNamingField(string path, string json, string field)
    {
        var error = await FailAsync("eth_getBlockReceipts", path, json);

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("eth_getBlockReceipts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBlocksAsync_LogWithFiveTopics_Throws()
    {
        var topic = "\"0x" + new string('1', 64) + "\"";
        var error = await FailAsync("eth_getBlockReceipts", "1.logs.0.topics", $"[{topic},{topic},{topic},{topic},{topic}]");

        Assert.Contains("5 topics", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.type", "\"jump\"", "unknown trace type")]
    [InlineData("0.traceAddress", "[\"a\"]", "traceAddress")]
    [InlineData("0.action.value", "\"0x-1\"", "traces[0].action.value")]
    public async Task GetBlocksAsync_MalformedTrace_Throws(string path, string json, string expected)
    {
        var error = await FailAsync("trace_block", path, json);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBlocksAsync_TruncatedJsonEveryTime_ThrowsChainDataException()
    {
        await using var node = new FakeEthereumNode(new FakeChain(tip: 5))
        {
            HttpFault = body => body.Contains("eth_getBlockByNumber", StringComparison.Ordinal)
                ? ServerReply.Json("[{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{\"number\":\"0x3\",\"hash\":\"0x")
                : null,
        };
        using var source = EthereumRpcSourceTests.Source(node.Url);

        var error = await Assert.ThrowsAsync<ChainDataException>(() => source.GetBlocksAsync(3, 2));

        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);
        Assert.Contains("eth_getBlockByNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GethDecode_CallTreeNested2000Deep_FlattensWithoutStackOverflow()
    {
        const int depth = 2000;
        var json = new System.Text.StringBuilder("[{\"txHash\":\"0x" + new string('a', 64) + "\",\"result\":");
        for (var i = 0; i < depth; i++)
        {
            json.Append("{\"type\":\"CALL\",\"from\":\"0x" + new string('1', 40) + "\",\"value\":\"0x1\",\"calls\":[");
        }

        json.Append(']', 1);
        for (var i = 0; i < depth; i++)
        {
            json.Append(i == 0 ? "}" : "]}");
        }

        json.Append("}]");
        using var document = JsonDocument.Parse(json.ToString(), new JsonDocumentOptions { MaxDepth = 8192 });

        var traces = GethTraceDecoder.Decode(document.RootElement, new DecodeContext("debug_traceBlockByNumber", 1, "test"), 1)!;

        Assert.Equal(depth, traces.Rows.Count);
        Assert.Equal(depth - 1, traces.Rows[^1].TraceAddress.Split(',').Length);
    }

    private static async Task<ChainDataException> FailAsync(string method, string path, string json)
    {
        var chain = new FakeChain(tip: 5);
        await using var node = new FakeEthereumNode(chain);
        node.CallFault = (called, parameters) =>
        {
            if (called != method || parameters[0].GetString() != "0x3")
            {
                return null;
            }

            var root = JsonNode.Parse(chain.Answer(called, parameters).ResultJson!)!;
            var parts = path.Split('.');
            var parent = parts[..^1].Aggregate(root, (node, part) => int.TryParse(part, out var index) ? node[index]! : node[part]!);
            var value = JsonNode.Parse(json);
            if (int.TryParse(parts[^1], out var last))
            {
                parent[last] = value;
            }
            else
            {
                parent[parts[^1]] = value;
            }

            return RpcAnswer.Result(root.ToJsonString());
        };
        using var source = EthereumRpcSourceTests.Source(node.Url, traces: TraceMode.Parity);

        return await Assert.ThrowsAsync<ChainDataException>(() => source.GetBlocksAsync(2, 3));
    }
}
