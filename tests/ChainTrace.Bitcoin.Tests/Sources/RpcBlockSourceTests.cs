using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

public sealed class RpcBlockSourceTests
{
    private const string Genesis = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
    private const string Block1 = "00000000839a8e6886ab5951d76f411475428afc90947ee320161bbf18eb6048";
    private const string Block91722 = "00000000000271a2dc26e7667f8419f2e15416dc6955e5a6c6cdf3f2574dd08e";

    [SharedDataFact]
    public async Task ReadBlocksAsync_Heights0And1_AssembledBytesEqualTheBlkFileBytes()
    {
        await using var node = new RecordedBitcoinNode("bitcoin/block_0", "bitcoin/block_1");
        node.Handle("getblockcount", _ => 1);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var plain = BlkFixtures.RealBlocks();

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new RpcBlockSource(client), 0, null);

        Assert.Equal([Genesis, Block1], blocks.Select(b => b.Hash.ToReversedHex()));
        Assert.Equal([0L, 1L], blocks.Select(b => b.Height));
        Assert.True(plain[0].AsSpan().SequenceEqual(blocks[0].Bytes.Span));
        Assert.True(plain[1].AsSpan().SequenceEqual(blocks[1].Bytes.Span));
        Assert.Equal(1, blocks[1].Location.Height);
        Assert.Contains("getblock " + Block1, blocks[1].Location.Source, StringComparison.Ordinal);
        Assert.Null(blocks[0].Prevouts);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_Heights50000To50002_MatchRecordedExpectedBlocks()
    {
        await using var node = new RecordedBitcoinNode("bitcoin/block_without_transactions", "bitcoin/block_with_transactions");
        node.Handle("getblockcount", _ => 50002);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var expected = ExpectedLines("bitcoin/block_without_transactions", "expected_blocks.json")
            .Concat(ExpectedLines("bitcoin/block_with_transactions", "expected_blocks.json"))
            .ToList();

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new RpcBlockSource(client), 50000, 50002);

        Assert.Equal(3, blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var want = expected[i];
            var header = block.Bytes.Span;
            Assert.Equal(want.GetProperty("hash").GetString(), block.Hash.ToReversedHex());
            Assert.Equal(want.GetProperty("hash").GetString(), BlkFixtures.HeaderHashHex(header));
            Assert.Equal(want.GetProperty("number").GetInt64(), block.Height);
            Assert.Equal(want.GetProperty("size").GetInt32(), block.Bytes.Length);
            Assert.Equal(want.GetProperty("version").GetInt32(), BinaryPrimitives.ReadInt32LittleEndian(header));
            Assert.Equal(want.GetProperty("merkle_root").GetString(), ReversedHex(header.Slice(36, 32)));
            Assert.Equal(want.GetProperty("timestamp").GetInt64(), BinaryPrimitives.ReadUInt32LittleEndian(header[68..]));
            Assert.Equal(want.GetProperty("bits").GetString(), BinaryPrimitives.ReadUInt32LittleEndian(header[72..]).ToString("x8", CultureInfo.InvariantCulture));
            Assert.Equal(want.GetProperty("nonce").GetString(), BinaryPrimitives.ReadUInt32LittleEndian(header[76..]).ToString("x", CultureInfo.InvariantCulture));
            Assert.Equal(want.GetProperty("transaction_count").GetInt32(), header[80]);
        }
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_Height91722DuplicateCoinbaseTxid_TransactionLookupAssemblesAndVerifies()
    {
        await using var node = new RecordedBitcoinNode("bitcoin_cash/block_with_duplicate_txid");
        node.Handle("getblockcount", _ => 91722);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { FetchMode = RpcBlockFetchMode.TransactionLookup });

        var block = Assert.Single(await BlocksDirectorySourceTests.ReadAllAsync(source, 91722, null));

        Assert.Equal(Block91722, block.Hash.ToReversedHex());
        Assert.Equal(214, block.Bytes.Length);
        Assert.Equal("e3bf3d07d4b0375638d5f1db5255fe07ba2c4cb067cd81b84ee974b6585fb468", ReversedHex(block.Bytes.Span.Slice(36, 32)));
        Assert.Contains(node.Calls, c => c.StartsWith("getrawtransaction e3bf3d07", StringComparison.Ordinal) && c.EndsWith(Block91722, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_SerializedMode_SameBlocksAsTheBlkFolder()
    {
        var plain = BlkFixtures.RealBlocks();
        var hashes = BlkFixtures.ExpectedHashes();
        var byHash = plain.ToDictionary(b => BlkFixtures.HeaderHashHex(b), b => b);
        await using var node = new RecordedBitcoinNode();
        node.Handle("getblockcount", _ => 599);
        node.Handle("getblockhash", p => hashes[(int)p[0]!.GetValue<long>()]);
        node.Handle("getblock", p => Convert.ToHexStringLower(byHash[p[0]!.GetValue<string>()]));
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { FetchMode = RpcBlockFetchMode.Serialized, MaxConcurrentBlocks = 8 });

        var viaRpc = await BlocksDirectorySourceTests.ReadAllAsync(source, 250, 349);
        var viaFolder = await BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(BlkFixtures.RealBlkFolder), 250, 349);

        Assert.Equal(viaFolder.Select(b => (b.Height, b.Hash)), viaRpc.Select(b => (b.Height, b.Hash)));
        Assert.All(viaRpc.Zip(viaFolder), pair => Assert.True(pair.First.Bytes.Span.SequenceEqual(pair.Second.Bytes.Span)));
        Assert.Contains(node.Calls, c => c.StartsWith("getblock ", StringComparison.Ordinal) && c.EndsWith(" 0", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ToAboveTip_StopsAtTheNodesTip()
    {
        await using var node = new RecordedBitcoinNode("bitcoin/block_0", "bitcoin/block_1");
        node.Handle("getblockcount", _ => 1);
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new RpcBlockSource(client), 1, 1_000);

        Assert.Equal(Block1, Assert.Single(blocks).Hash.ToReversedHex());
    }

    [SharedDataTheory]
    [InlineData("nonce")]
    [InlineData("merkleroot")]
    [InlineData("tx-hex")]
    [InlineData("size")]
    public async Task ReadBlocksAsync_TamperedAnswer_RaisesChainDataNamingHeightAndBlock(string field)
    {
        var json = JsonNode.Parse(RecordedBitcoinNode.ReadRecording("bitcoin/block_1", $"rpc_response_getblock_{Block1}_2.json"))!.AsObject();
        switch (field)
        {
            case "nonce":
                json["nonce"] = json["nonce"]!.GetValue<long>() + 1;
                break;
            case "merkleroot":
                json["merkleroot"] = "1e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098";
                break;
            case "tx-hex":
                // A shorter transaction hex keeps the header valid but changes the size.
                var hex = json["tx"]![0]!["hex"]!.GetValue<string>();
                json["tx"]![0]!["hex"] = hex[..^2];
                break;
            default:
                json["size"] = 999;
                break;
        }

        await using var node = new RecordedBitcoinNode("bitcoin/block_1");
        node.Handle("getblockcount", _ => 1);
        node.Handle("getblock", _ => json.DeepClone());
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var error = await Assert.ThrowsAsync<ChainDataException>(
            () => BlocksDirectorySourceTests.ReadAllAsync(new RpcBlockSource(client), 1, 1));

        Assert.Equal(1, error.Location.Height);
        Assert.Contains(Block1, error.Location.Source, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_NodeChainChangesMidRead_RaisesTransient()
    {
        var plain = BlkFixtures.RealBlocks();
        var hashes = BlkFixtures.ExpectedHashes();
        await using var node = new RecordedBitcoinNode();
        node.Handle("getblockcount", _ => 599);
        // Height 3 is answered with block 4: its parent is block 3, not the block yielded at height 2.
        node.Handle("getblockhash", p => hashes[(int)p[0]!.GetValue<long>() == 3 ? 4 : (int)p[0]!.GetValue<long>()]);
        node.Handle("getblock", p => Convert.ToHexStringLower(plain[hashes.ToList().IndexOf(p[0]!.GetValue<string>())]));
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { FetchMode = RpcBlockFetchMode.Serialized });
        var seen = new List<long>();

        var error = await Assert.ThrowsAsync<ChainSourceException>(async () =>
        {
            await foreach (var block in source.ReadBlocksAsync(0, 10))
            {
                seen.Add(block.Height);
            }
        });

        Assert.True(error.IsTransient);
        Assert.Equal([0L, 1L, 2L], seen);
    }

    [SharedDataFact]
    public async Task GetInfoAsync_BlockchainInfo_GivesNetworkAndTip()
    {
        await using var node = new RecordedBitcoinNode();
        node.Handle("getblockchaininfo", _ => new JsonObject
        {
            ["chain"] = "main",
            ["blocks"] = 50002,
            ["headers"] = 50002,
            ["bestblockhash"] = "000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266",
            ["pruned"] = false,
        });
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var info = await new RpcBlockSource(client).GetInfoAsync();

        Assert.Same(BitcoinNetwork.Main, info.Network);
        Assert.Equal(50002, info.TipHeight);
        Assert.Equal("000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266", info.TipHash.ToReversedHex());
        Assert.Equal(client.Endpoint, info.Description);
    }

    internal static List<JsonElement> ExpectedLines(string folder, string file) =>
        RecordedBitcoinNode.ReadRecording(folder, file)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();

    internal static string ReversedHex(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Array.Reverse(copy);
        return Convert.ToHexStringLower(copy);
    }
}
