using System.Text.Json;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>Maps a node's JSON (getblock, getrawtransaction, getblockchaininfo) to the public records.</summary>
internal static class RpcModelReader
{
    public static RpcBlock ReadBlock(JsonElement json, DataLocation where)
    {
        var hash = RpcJson.Hash(json, "hash", where);
        var txs = RpcJson.Property(json, "tx", where);
        if (txs.ValueKind != JsonValueKind.Array)
        {
            throw RpcJson.Bad("tx", where);
        }

        var ids = new List<Hash256>(txs.GetArrayLength());
        List<RpcTransaction>? transactions = null;
        foreach (var tx in txs.EnumerateArray())
        {
            if (tx.ValueKind == JsonValueKind.String)
            {
                ids.Add(RpcJson.HashValue(tx, "tx", where));
                continue;
            }

            var transaction = ReadTransaction(tx, where);
            (transactions ??= new List<RpcTransaction>(txs.GetArrayLength())).Add(transaction);
            ids.Add(transaction.Txid);
        }

        if (transactions is not null && transactions.Count != ids.Count)
        {
            throw RpcJson.Bad("tx", where);
        }

        return new RpcBlock(
            hash,
            RpcJson.Int64(json, "height", where),
            RpcJson.Int32(json, "version", where),
            RpcJson.OptionalHash(json, "previousblockhash", where) ?? Hash256.Zero,
            RpcJson.Hash(json, "merkleroot", where),
            RpcJson.UInt32(json, "time", where),
            RpcJson.Bits(json, "bits", where),
            RpcJson.UInt32(json, "nonce", where),
            RpcJson.OptionalInt32(json, "size", where),
            ids,
            transactions);
    }

    public static RpcTransaction ReadTransaction(JsonElement json, DataLocation where)
    {
        var txid = RpcJson.Hash(json, "txid", where);
        var txWhere = where with { Transaction = txid.ToReversedHex() };
        var raw = RpcJson.HexProperty(json, "hex", txWhere);
        var witnessHash = RpcJson.OptionalHash(json, "hash", txWhere) ?? txid;

        var vin = RpcJson.Property(json, "vin", txWhere);
        var inputs = new List<RpcInput>(vin.ValueKind == JsonValueKind.Array ? vin.GetArrayLength() : 0);
        foreach (var input in EnumerateArray(vin, "vin", txWhere))
        {
            if (RpcJson.TryProperty(input, "coinbase", out _))
            {
                inputs.Add(new RpcInput(null, null));
                continue;
            }

            var outPoint = new OutPointId(RpcJson.Hash(input, "txid", txWhere), RpcJson.Int32(input, "vout", txWhere));
            var prevout = RpcJson.TryProperty(input, "prevout", out var prevoutJson) ? ReadPrevout(outPoint, prevoutJson, txWhere) : null;
            inputs.Add(new RpcInput(outPoint, prevout));
        }

        var vout = RpcJson.Property(json, "vout", txWhere);
        var outputs = new List<RpcOutput>(vout.ValueKind == JsonValueKind.Array ? vout.GetArrayLength() : 0);
        foreach (var output in EnumerateArray(vout, "vout", txWhere))
        {
            var script = RpcJson.Property(output, "scriptPubKey", txWhere);
            outputs.Add(new RpcOutput(
                RpcJson.Int32(output, "n", txWhere),
                RpcJson.Satoshis(output, "value", txWhere),
                RpcJson.HexProperty(script, "hex", txWhere),
                RpcJson.OptionalString(script, "type"),
                NodeAddress(script)));
        }

        return new RpcTransaction(txid, witnessHash, raw, inputs, outputs, RpcJson.OptionalHash(json, "blockhash", txWhere));
    }

    public static Prevout ReadPrevout(OutPointId outPoint, JsonElement json, DataLocation where)
    {
        var script = RpcJson.Property(json, "scriptPubKey", where);
        bool? generated = RpcJson.TryProperty(json, "generated", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : null;
        return new Prevout(
            outPoint,
            RpcJson.Satoshis(json, "value", where),
            RpcJson.HexProperty(script, "hex", where),
            RpcJson.TryProperty(json, "height", out _) ? RpcJson.Int64(json, "height", where) : null,
            generated,
            RpcJson.OptionalString(script, "type"),
            NodeAddress(script));
    }

    public static RpcChainInfo ReadChainInfo(JsonElement json, DataLocation where)
    {
        var chain = RpcJson.String(json, "chain", where);
        BitcoinNetwork.TryFromName(chain, out var network);
        var pruned = RpcJson.TryProperty(json, "pruned", out var flag) && flag.ValueKind == JsonValueKind.True;
        long? pruneHeight = pruned && RpcJson.TryProperty(json, "pruneheight", out _) ? RpcJson.Int64(json, "pruneheight", where) : null;
        return new RpcChainInfo(
            chain, network, RpcJson.Int64(json, "blocks", where), RpcJson.Hash(json, "bestblockhash", where), pruned, pruneHeight);
    }

    private static JsonElement.ArrayEnumerator EnumerateArray(JsonElement value, string name, DataLocation where) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw RpcJson.Bad(name, where);

    private static string? NodeAddress(JsonElement script)
    {
        var address = RpcJson.OptionalString(script, "address");
        if (address is not null)
        {
            return address;
        }

        return RpcJson.TryProperty(script, "addresses", out var list) && list.ValueKind == JsonValueKind.Array
            && list.GetArrayLength() == 1 && list[0].ValueKind == JsonValueKind.String
            ? list[0].GetString()
            : null;
    }
}
