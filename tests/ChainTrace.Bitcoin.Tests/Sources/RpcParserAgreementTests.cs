using System.Globalization;
using System.Text.Json;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Sources;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>
/// Blocks assembled by <see cref="RpcBlockSource"/> from recorded Core answers, parsed by <see cref="BlockParser"/>,
/// against bitcoin-etl's recorded expectations: one parser serves both sources.
/// </summary>
public sealed class RpcParserAgreementTests
{
    [SharedDataTheory]
    [InlineData(new[] { "bitcoin/block_0" }, 0L, 0L)]
    [InlineData(new[] { "bitcoin/block_1" }, 1L, 1L)]
    [InlineData(new[] { "bitcoin/block_without_transactions" }, 50000L, 50000L)]
    [InlineData(new[] { "bitcoin/block_with_transactions" }, 50001L, 50002L)]
    public async Task ParsedRpcBlocks_MatchRecordedExpectedBlocksAndTransactions(string[] folders, long from, long to)
    {
        await using var node = new RecordedBitcoinNode(folders);
        node.Handle("getblockcount", _ => to);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var expectedBlocks = folders.SelectMany(f => RpcBlockSourceTests.ExpectedLines(f, "expected_blocks.json")).ToList();
        var expectedTransactions = folders.SelectMany(f => RpcBlockSourceTests.ExpectedLines(f, "expected_transactions.json"))
            .ToDictionary(t => t.GetProperty("hash").GetString()!);

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new RpcBlockSource(client), from, to);

        Assert.Equal(expectedBlocks.Count, blocks.Count);
        var seenTransactions = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var parsed = BlockParser.Parse(blocks[i].Bytes.Span, blocks[i].Height, BitcoinNetwork.Main, blocks[i].Location);
            AssertBlock(expectedBlocks[i], parsed);
            foreach (var tx in parsed.Transactions)
            {
                AssertTransaction(expectedTransactions[tx.Hash.ToReversedHex()], parsed, tx.Index, compareAddresses: true);
                seenTransactions++;
            }
        }

        Assert.Equal(expectedTransactions.Count, seenTransactions);
    }

    [SharedDataFact]
    public async Task ParsedRpcBlock_Height91722DuplicateCoinbaseTxid_Parses()
    {
        const string Folder = "bitcoin_cash/block_with_duplicate_txid";
        await using var node = new RecordedBitcoinNode(Folder);
        node.Handle("getblockcount", _ => 91722);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var source = new RpcBlockSource(client, new RpcBlockSourceOptions { FetchMode = RpcBlockFetchMode.TransactionLookup });
        var expectedBlock = Assert.Single(RpcBlockSourceTests.ExpectedLines(Folder, "expected_blocks.json"));
        var expectedTx = Assert.Single(RpcBlockSourceTests.ExpectedLines(Folder, "expected_transactions.json"));

        var block = await source.GetBlockAsync(91722);
        var parsed = BlockParser.Parse(block.Bytes.Span, block.Height, BitcoinNetwork.Main, block.Location);

        Assert.Equal(expectedBlock.GetProperty("hash").GetString(), parsed.Block.Hash.ToReversedHex());
        Assert.Equal(expectedBlock.GetProperty("size").GetInt32(), parsed.Block.Size);
        Assert.Equal(expectedBlock.GetProperty("merkle_root").GetString(), parsed.Block.MerkleRoot.ToReversedHex());
        Assert.Equal(91722, parsed.Block.Number);
        var tx = Assert.Single(parsed.Transactions);
        Assert.Equal(expectedTx.GetProperty("hash").GetString(), tx.Hash.ToReversedHex());
        Assert.Equal(expectedTx.GetProperty("size").GetInt32(), tx.Size);
        Assert.True(tx.IsCoinbase);
        // The recording is from a Bitcoin Cash node (cashaddr addresses); compare everything but the address.
        AssertTransaction(expectedTx, parsed, 0, compareAddresses: false);
    }

    private static void AssertBlock(JsonElement want, ParsedBlock parsed)
    {
        var row = parsed.Block;
        Assert.Equal(want.GetProperty("hash").GetString(), row.Hash.ToReversedHex());
        Assert.Equal(want.GetProperty("number").GetInt64(), row.Number);
        Assert.Equal(want.GetProperty("size").GetInt32(), row.Size);
        Assert.Equal(want.GetProperty("stripped_size").GetInt32(), row.StrippedSize);
        Assert.Equal(want.GetProperty("weight").GetInt32(), row.Weight);
        Assert.Equal(want.GetProperty("version").GetInt32(), row.Version);
        Assert.Equal(want.GetProperty("merkle_root").GetString(), row.MerkleRoot.ToReversedHex());
        Assert.Equal(want.GetProperty("timestamp").GetInt64(), row.Timestamp);
        Assert.Equal(want.GetProperty("nonce").GetString(), row.Nonce.ToString("x", CultureInfo.InvariantCulture));
        Assert.Equal(want.GetProperty("bits").GetString(), row.Bits);
        Assert.Equal(want.GetProperty("transaction_count").GetInt32(), row.TransactionCount);
    }

    private static void AssertTransaction(JsonElement want, ParsedBlock parsed, int index, bool compareAddresses)
    {
        var tx = parsed.Transactions[index];
        Assert.Equal(want.GetProperty("size").GetInt32(), tx.Size);
        if (want.GetProperty("virtual_size").ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(want.GetProperty("virtual_size").GetInt32(), tx.VirtualSize);
        }

        if (want.GetProperty("index").ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(want.GetProperty("index").GetInt32(), tx.Index);
        }

        Assert.Equal(want.GetProperty("version").GetInt32(), tx.Version);
        Assert.Equal(want.GetProperty("lock_time").GetInt64(), tx.LockTime);
        Assert.Equal(want.GetProperty("is_coinbase").GetBoolean(), tx.IsCoinbase);
        Assert.Equal(want.GetProperty("output_count").GetInt32(), tx.OutputCount);
        Assert.Equal(want.GetProperty("output_value").GetInt64(), tx.OutputValue);

        var outputs = parsed.Outputs.Where(o => o.TransactionHash == tx.Hash).OrderBy(o => o.Index).ToList();
        var wantOutputs = want.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(wantOutputs.Count, outputs.Count);
        for (var i = 0; i < outputs.Count; i++)
        {
            Assert.Equal(wantOutputs[i].GetProperty("index").GetInt32(), outputs[i].Index);
            Assert.Equal(wantOutputs[i].GetProperty("value").GetInt64(), outputs[i].Value);
            Assert.Equal(wantOutputs[i].GetProperty("type").GetString(), outputs[i].Type);
            Assert.Equal(wantOutputs[i].GetProperty("script_hex").GetString(), outputs[i].ScriptHex);
            if (compareAddresses)
            {
                var addresses = wantOutputs[i].GetProperty("addresses");
                Assert.Equal(addresses.GetArrayLength() == 1 ? addresses[0].GetString() : null, outputs[i].Address);
            }
        }

        if (tx.IsCoinbase)
        {
            // bitcoin-etl lists no inputs for a coinbase; the dataset keeps Core's one coinbase input.
            Assert.Equal(1, tx.InputCount);
            return;
        }

        Assert.Equal(want.GetProperty("input_count").GetInt32(), tx.InputCount);
        var inputs = parsed.Inputs.Where(r => r.TransactionHash == tx.Hash).OrderBy(r => r.Index).ToList();
        var wantInputs = want.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(wantInputs.Count, inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(wantInputs[i].GetProperty("spent_transaction_hash").GetString(), inputs[i].SpentTransactionHash?.ToReversedHex());
            Assert.Equal(wantInputs[i].GetProperty("spent_output_index").GetInt64(), inputs[i].SpentOutputIndex);
            Assert.Equal(wantInputs[i].GetProperty("sequence").GetInt64(), inputs[i].Sequence);
        }
    }
}
