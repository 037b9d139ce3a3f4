using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Source;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Source;

public sealed class EthereumRpcSourceTests
{
    [Fact]
    public async Task StreamBlocksAsync_FakeChain_YieldsEveryBlockInOrderWithExactValues()
    {
        await using var node = new FakeEthereumNode(new FakeChain(tip: 60));
        using var source = Source(node.Url, batchSize: 7);

        var blocks = new List<EthereumBlockData>();
        await foreach (var block in source.StreamBlocksAsync(1, 50))
        {
            blocks.Add(block);
        }

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), blocks.Select(b => b.Block.Number));
        Assert.All(blocks.Skip(1).Zip(blocks), pair => Assert.Equal(pair.Second.Block.Hash, pair.First.Block.ParentHash));
        Assert.Equal((TraceMode.Parity, ReceiptMode.BlockReceipts), (source.TraceMode, source.ReceiptMode));
        var tx = blocks[9].Transactions[1];
        Assert.Equal(EthHex.ParseUInt256(FakeChain.ValueHex(10, 1)), tx.Value);
        Assert.True(tx.Value > ulong.MaxValue);
        Assert.Equal(1, tx.ReceiptStatus);
        Assert.Equal(new BigInteger(1010), Assert.Single(blocks[9].TokenTransfers).Value);
        Assert.Equal(["", "0", ""], blocks[9].Traces.Select(t => t.TraceAddress));
        Assert.Equal(new BigInteger(7), blocks[9].Traces[1].Value);
        Assert.Equal(blocks[9].Transactions[0].Hash, blocks[9].Traces[1].TransactionHash);
    }

    [Fact]
    public async Task GetBlocksAsync_NodeWithoutTraceMethods_DetectsNoTraces()
    {
        await using var node = new FakeEthereumNode(new FakeChain(tip: 5))
        {
            CallFault = (method, _) => method == "trace_block" ? RpcAnswer.MethodNotFound() : null,
        };
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(1, 3);

        Assert.Equal(TraceMode.None, source.TraceMode);
        Assert.All(blocks, b => Assert.Empty(b.Traces));
        Assert.Contains(node.Requests, r => r.Contains("debug_traceBlockByNumber", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetBlocksAsync_NodeWithoutBlockReceipts_FallsBackToTransactionReceipts()
    {
        var chain = new FakeChain(tip: 5);
        await using var node = new FakeEthereumNode(chain);
        node.CallFault = (method, p) => method switch
        {
            "eth_getBlockReceipts" => RpcAnswer.Error(-32601, "the method eth_getBlockReceipts does not exist/is not available"),
            "eth_getTransactionReceipt" => TransactionReceipt(chain, p[0].GetString()!),
            _ => null,
        };
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(2, 3);

        Assert.Equal(ReceiptMode.TransactionReceipts, source.ReceiptMode);
        Assert.Equal(6, blocks.Sum(b => b.Transactions.Count));
        Assert.All(blocks.SelectMany(b => b.Transactions), t => Assert.Equal(21000, t.ReceiptGasUsed));
    }

    [Fact]
    public async Task GetBlocksAsync_ReceiptsFromAnotherForkOnce_RefetchesAndSucceeds()
    {
        var chain = new FakeChain(tip: 10);
        var fork = new FakeChain(tip: 10);
        fork.Reorg(0, "other");
        var served = 0;
        await using var node = new FakeEthereumNode(chain);
        node.CallFault = (method, p) => method == "eth_getBlockReceipts" && p[0].GetString() == "0x4" && Interlocked.Increment(ref served) == 1
            ? fork.Answer(method, p)
            : null;
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(3, 3);

        Assert.Equal(3, blocks.Count);
        Assert.Equal(chain.HashOf(4), blocks[1].Transactions[0].BlockHash);
        Assert.Equal(2, served);
    }

    [Fact]
    public async Task GetBlocksAsync_TracesFromAnotherForkEveryTime_ThrowsChainDataExceptionNamingBlock()
    {
        var chain = new FakeChain(tip: 10);
        var fork = new FakeChain(tip: 10);
        fork.Reorg(0, "other");
        await using var node = new FakeEthereumNode(chain);
        node.CallFault = (method, p) => method == "trace_block" && p[0].GetString() == "0x4" ? fork.Answer(method, p) : null;
        using var source = Source(node.Url);

        var error = await Assert.ThrowsAsync<ChainDataException>(() => source.GetBlocksAsync(3, 3));

        Assert.Equal(4, error.Location.Height);
        Assert.Contains("disagree: traces from block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBlocksAsync_BlockBeyondTip_ThrowsChainDataException()
    {
        await using var node = new FakeEthereumNode(new FakeChain(tip: 3));
        using var source = Source(node.Url);

        var error = await Assert.ThrowsAsync<ChainDataException>(() => source.GetBlocksAsync(2, 5));

        Assert.Contains("has no block 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBlockHashesAsync_RangePastTip_ReturnsHashesThenNulls()
    {
        var chain = new FakeChain(tip: 3);
        await using var node = new FakeEthereumNode(chain);
        using var source = Source(node.Url);

        var hashes = await source.GetBlockHashesAsync(2, 4);

        Assert.Equal(new string?[] { chain.HashOf(2), chain.HashOf(3), null, null }, hashes);
        Assert.Equal(3, await source.GetLatestBlockNumberAsync());
    }

    internal static EthereumRpcSource Source(string url, int batchSize = 5, TraceMode traces = TraceMode.Auto) => new(new EthereumSourceOptions
    {
        Url = url,
        BatchSize = batchSize,
        MaxRetries = 1,
        InitialBackoff = TimeSpan.FromMilliseconds(5),
        MaxBackoff = TimeSpan.FromMilliseconds(20),
        Traces = traces,
    });

    private static RpcAnswer TransactionReceipt(FakeChain chain, string hash)
    {
        for (var number = 1L; number <= chain.Tip; number++)
        {
            var receipts = chain.Answer("eth_getBlockReceipts", JsonDocument.Parse($"[\"0x{number.ToString("x", CultureInfo.InvariantCulture)}\"]").RootElement);
            using var document = JsonDocument.Parse(receipts.ResultJson!);
            foreach (var receipt in document.RootElement.EnumerateArray())
            {
                if (receipt.GetProperty("transactionHash").GetString() == hash)
                {
                    return RpcAnswer.Result(receipt.GetRawText());
                }
            }
        }

        return RpcAnswer.Result("null");
    }
}
