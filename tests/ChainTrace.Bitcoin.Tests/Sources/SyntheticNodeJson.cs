using System.Text.Json.Nodes;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>
/// Builds the JSON a Bitcoin Core node would answer for real blocks from the shared blk files (getblock verbosity 2
/// without prevouts, verbose getrawtransaction), using btc-parse's <see cref="BlockParser"/> for the decoding.
/// </summary>
internal static class SyntheticNodeJson
{
    public static JsonObject Block(byte[] bytes, long height)
    {
        var parsed = BlockParser.Parse(bytes, height, BitcoinNetwork.Main, new DataLocation(Height: height));
        var layout = BlockParser.Scan(bytes, new DataLocation(Height: height));
        var txs = new JsonArray();
        for (var i = 0; i < parsed.Transactions.Count; i++)
        {
            txs.Add(Transaction(bytes, parsed, layout, i, blockHash: null));
        }

        var row = parsed.Block;
        var block = new JsonObject
        {
            ["hash"] = row.Hash.ToReversedHex(),
            ["height"] = height,
            ["version"] = row.Version,
            ["merkleroot"] = row.MerkleRoot.ToReversedHex(),
            ["time"] = row.Timestamp,
            ["nonce"] = row.Nonce,
            ["bits"] = row.Bits,
            ["size"] = row.Size,
            ["tx"] = txs,
        };
        if (!row.PreviousBlockHash.IsZero)
        {
            block["previousblockhash"] = row.PreviousBlockHash.ToReversedHex();
        }

        return block;
    }

    /// <summary>Every transaction of the given blocks as verbose getrawtransaction answers, by txid (display hex).</summary>
    public static Dictionary<string, JsonObject> Transactions(IReadOnlyList<byte[]> blocks)
    {
        var result = new Dictionary<string, JsonObject>();
        for (var h = 0; h < blocks.Count; h++)
        {
            var parsed = BlockParser.Parse(blocks[h], h, BitcoinNetwork.Main, new DataLocation(Height: h));
            var layout = BlockParser.Scan(blocks[h], new DataLocation(Height: h));
            for (var i = 0; i < parsed.Transactions.Count; i++)
            {
                result[parsed.Transactions[i].Hash.ToReversedHex()] = Transaction(blocks[h], parsed, layout, i, parsed.Block.Hash);
            }
        }

        return result;
    }

    private static JsonObject Transaction(byte[] block, ParsedBlock parsed, BlockLayout layout, int index, Hash256? blockHash)
    {
        var tx = parsed.Transactions[index];
        var range = layout.Transactions[index];
        var vin = new JsonArray();
        foreach (var input in parsed.Inputs.Where(r => r.TransactionHash == tx.Hash).OrderBy(r => r.Index))
        {
            vin.Add(input.SpentTransactionHash is { } spent
                ? new JsonObject { ["txid"] = spent.ToReversedHex(), ["vout"] = input.SpentOutputIndex, ["sequence"] = input.Sequence }
                : new JsonObject { ["coinbase"] = "00", ["sequence"] = input.Sequence });
        }

        var vout = new JsonArray();
        foreach (var output in parsed.Outputs.Where(r => r.TransactionHash == tx.Hash).OrderBy(r => r.Index))
        {
            var script = new JsonObject { ["hex"] = output.ScriptHex, ["type"] = output.Type };
            if (output.Address is not null)
            {
                script["address"] = output.Address;
            }

            vout.Add(new JsonObject { ["value"] = output.Value / 100_000_000m, ["n"] = output.Index, ["scriptPubKey"] = script });
        }

        var json = new JsonObject
        {
            ["txid"] = tx.Hash.ToReversedHex(),
            ["hash"] = tx.WitnessHash.ToReversedHex(),
            ["hex"] = Convert.ToHexStringLower(block.AsSpan(range.Offset, range.Length)),
            ["vin"] = vin,
            ["vout"] = vout,
        };
        if (blockHash is { } hash)
        {
            json["blockhash"] = hash.ToReversedHex();
        }

        return json;
    }
}
