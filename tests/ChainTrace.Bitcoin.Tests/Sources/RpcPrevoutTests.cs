using System.Text.Json;
using System.Text.Json.Nodes;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary><see cref="RpcBlockSourceOptions.IncludePrevouts"/>: verbosity 3, the getrawtransaction fallback, spends inside the block.</summary>
public sealed class RpcPrevoutTests
{
    private const string Block50001 = "000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141";

    [SharedDataFact]
    public async Task ReadBlocksAsync_IncludePrevoutsWithVerbosity3_CarriesTheNodesPrevouts()
    {
        var expectedInputs = ExpectedInputValues();
        await using var node = new RecordedBitcoinNode("bitcoin/stream_50001_50002");
        node.Handle("getblockcount", _ => 50001);
        node.Handle("getblock", p => p[1]!.GetValue<int>() == 3 ? Verbosity3Of50001() : throw new InvalidOperationException("verbosity 3 expected"));
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { IncludePrevouts = true });

        var block = Assert.Single(await BlocksDirectorySourceTests.ReadAllAsync(source, 50001, 50001));

        Assert.Equal(Block50001, block.Hash.ToReversedHex());
        AssertPrevouts(expectedInputs, block.Prevouts, expectHeights: true);
        Assert.DoesNotContain(node.Calls, c => c.StartsWith("getrawtransaction", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_IncludePrevoutsOnNodeWithoutVerbosity3_FallsBackToGetRawTransaction()
    {
        var expectedInputs = ExpectedInputValues();
        await using var node = new RecordedBitcoinNode("bitcoin/stream_50001_50002");
        node.Handle("getblockcount", _ => 50001);
        // An old node answers verbosity 3 as if it were 2: no prevout fields.
        node.Handle("getblock", _ => JsonNode.Parse(RecordedBitcoinNode.ReadRecording("bitcoin/stream_50001_50002", $"rpc_response_getblock_{Block50001}_2.json")));
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { IncludePrevouts = true });

        var block = Assert.Single(await BlocksDirectorySourceTests.ReadAllAsync(source, 50001, 50001));

        AssertPrevouts(expectedInputs, block.Prevouts, expectHeights: false);
        Assert.Contains(node.Calls, c => c.StartsWith("getrawtransaction", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_IncludePrevoutsButNodeCannotSupplyThem_RaisesNonTransient()
    {
        await using var node = new RecordedBitcoinNode("bitcoin/block_with_transactions");
        node.Handle("getblockcount", _ => 50001);
        node.Handle("getblock", _ => JsonNode.Parse(RecordedBitcoinNode.ReadRecording("bitcoin/block_with_transactions", $"rpc_response_getblock_{Block50001}_2.json")));
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { IncludePrevouts = true });

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => BlocksDirectorySourceTests.ReadAllAsync(source, 50001, 50001));

        Assert.False(error.IsTransient);
        Assert.Contains("txindex", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_IncludePrevoutsWithChainedSpendsInsideTheBlock_ResolvesThemFromTheBlock()
    {
        // Block 546 spends 35288d…:0/1 from an earlier block, then spends those outputs twice more inside the block.
        var blocks = BlkFixtures.RealBlocks();
        var hashes = BlkFixtures.ExpectedHashes();
        var transactions = SyntheticNodeJson.Transactions(blocks);
        await using var node = new RecordedBitcoinNode();
        node.Handle("getblockcount", _ => 599);
        node.Handle("getblockhash", p => hashes[(int)p[0]!.GetValue<long>()]);
        node.Handle("getblock", p => SyntheticNodeJson.Block(blocks[hashes.ToList().IndexOf(p[0]!.GetValue<string>())], hashes.ToList().IndexOf(p[0]!.GetValue<string>())));
        node.Handle("getrawtransaction", p => transactions[p[0]!.GetValue<string>()].DeepClone());
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { IncludePrevouts = true });
        var expected = ExpectedChainSpends(546);

        var block = await source.GetBlockAsync(546);

        Assert.NotNull(block.Prevouts);
        Assert.Equal(expected.Count, block.Prevouts.Count);
        foreach (var (outPoint, (value, address, inBlock)) in expected)
        {
            var prevout = block.Prevouts[outPoint];
            Assert.Equal(value, prevout.Value);
            Assert.Equal(address, prevout.NodeAddress);
            Assert.Equal(inBlock ? 546 : null, prevout.Height);
            Assert.Equal(inBlock ? false : null, prevout.IsCoinbase);
        }

        var looked = node.Calls.Where(c => c.StartsWith("getrawtransaction", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Where(e => !e.Value.InBlock).Select(e => e.Key.TransactionId).Distinct().Count(), looked.Count);
        Assert.Contains(expected, e => e.Value.InBlock);
    }

    [Fact]
    public void Constructor_PrevoutsWithoutVerbosity2_Throws()
    {
        using var client = new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = new Uri("http://127.0.0.1:1/") });

        Assert.Throws<ArgumentException>(() => new RpcBlockSource(
            client, new RpcBlockSourceOptions { IncludePrevouts = true, FetchMode = RpcBlockFetchMode.Serialized }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RpcBlockSource(client, new RpcBlockSourceOptions { MaxConcurrentBlocks = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RpcBlockSource(client).ReadBlocksAsync(5, 4));
    }

    /// <summary>Outpoints spent at <paramref name="height"/> → (value, address, created in the same block) from the chain facts.</summary>
    private static Dictionary<OutPointId, (long Value, string Address, bool InBlock)> ExpectedChainSpends(long height)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("bitcoin/EXPECTED_btc_chain_0_599.json")));
        var txs = document.RootElement.GetProperty("non_coinbase_txs").EnumerateArray()
            .Where(t => t.GetProperty("height").GetInt64() == height)
            .ToList();
        var created = txs.Select(t => t.GetProperty("txid").GetString()).ToHashSet();
        var result = new Dictionary<OutPointId, (long, string, bool)>();
        foreach (var input in txs.SelectMany(t => t.GetProperty("inputs").EnumerateArray()))
        {
            var txid = input.GetProperty("prev_txid").GetString()!;
            result[new OutPointId(Hash256.ParseReversed(txid), input.GetProperty("vout").GetInt32())] =
                (input.GetProperty("value_sat").GetInt64(), input.GetProperty("address").GetString()!, created.Contains(txid));
        }

        return result;
    }

    /// <summary>(spent txid, vout) → (value, type, address) from bitcoin-etl's enriched expectations for block 50001.</summary>
    private static Dictionary<(string, int), (long Value, string Type, string Address)> ExpectedInputValues()
    {
        var result = new Dictionary<(string, int), (long, string, string)>();
        foreach (var tx in RpcBlockSourceTests.ExpectedLines("bitcoin/stream_50001_50002", "expected_transactions.json"))
        {
            if (tx.GetProperty("block_number").GetInt64() != 50001)
            {
                continue;
            }

            foreach (var input in tx.GetProperty("inputs").EnumerateArray())
            {
                result[(input.GetProperty("spent_transaction_hash").GetString()!, input.GetProperty("spent_output_index").GetInt32())] =
                    (input.GetProperty("value").GetInt64(), input.GetProperty("type").GetString()!, input.GetProperty("addresses")[0].GetString()!);
            }
        }

        return result;
    }

    private static void AssertPrevouts(
        Dictionary<(string, int), (long Value, string Type, string Address)> expected,
        IReadOnlyDictionary<OutPointId, Prevout>? prevouts,
        bool expectHeights)
    {
        Assert.NotNull(prevouts);
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Count, prevouts.Count);
        foreach (var ((txid, vout), want) in expected)
        {
            var prevout = prevouts[new OutPointId(Hash256.ParseReversed(txid), vout)];
            Assert.Equal(want.Value, prevout.Value);
            Assert.Equal(want.Type, prevout.NodeScriptType);
            Assert.Equal(want.Address, prevout.NodeAddress);
            Assert.Equal(67, prevout.ScriptPubKey.Length);
            Assert.Equal(expectHeights, prevout.Height is not null);
        }
    }

    /// <summary>
    /// Block 50001 as Core 23+ answers getblock verbosity 3: the recorded verbosity-2 answer with each input's
    /// <c>prevout</c> built from the recorded getrawtransaction answers of the spent transactions.
    /// </summary>
    private static JsonNode Verbosity3Of50001()
    {
        const string Folder = "bitcoin/stream_50001_50002";
        var block = JsonNode.Parse(RecordedBitcoinNode.ReadRecording(Folder, $"rpc_response_getblock_{Block50001}_2.json"))!;
        foreach (var tx in block["tx"]!.AsArray())
        {
            foreach (var input in tx!["vin"]!.AsArray())
            {
                if (input!["txid"] is null)
                {
                    continue;
                }

                var spent = JsonNode.Parse(RecordedBitcoinNode.ReadRecording(Folder, $"rpc_response_getrawtransaction_{input["txid"]!.GetValue<string>()}.json"))!;
                var output = spent["vout"]!.AsArray().Single(o => o!["n"]!.GetValue<int>() == input["vout"]!.GetValue<int>())!;
                input["prevout"] = new JsonObject
                {
                    ["generated"] = true,
                    ["height"] = 49000,
                    ["value"] = output["value"]!.DeepClone(),
                    ["scriptPubKey"] = output["scriptPubKey"]!.DeepClone(),
                };
            }
        }

        return block;
    }
}
