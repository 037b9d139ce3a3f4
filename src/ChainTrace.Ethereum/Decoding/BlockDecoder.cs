using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>Decodes the answer to <c>eth_getBlockByNumber(n, true)</c> (a block with full transactions).</summary>
internal static class BlockDecoder
{
    /// <summary>Decodes a block object; null when the node answered null (no such block).</summary>
    /// <exception cref="ChainDataException">A field is missing or malformed, or a transaction is only a hash.</exception>
    public static DecodedBlock? Decode(JsonElement result, DecodeContext context)
    {
        if (result.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var block = RpcObject.From(result, context, "block");
        var number = block.Int64("number");
        var hash = block.Hash("hash");
        var timestamp = block.Int64("timestamp");
        var transactions = block.Array("transactions");
        var fields = new List<TransactionFields>(transactions.GetArrayLength());
        var position = 0;
        foreach (var item in transactions.EnumerateArray())
        {
            var path = $"block.transactions[{position}]";
            if (item.ValueKind == JsonValueKind.String)
            {
                throw context.Error(path, "a transaction hash where a full transaction belongs (ask with full transactions)");
            }

            var tx = RpcObject.From(item, context, path);
            var index = tx.Int32("transactionIndex");
            if (index != position)
            {
                throw tx.Error("transactionIndex", $"index {index} at position {position}");
            }

            if (tx.HashOr("blockHash") is { } txBlockHash && txBlockHash != hash)
            {
                throw tx.Error("blockHash", $"block hash {txBlockHash} in block {hash}");
            }

            fields.Add(new TransactionFields(
                tx.Hash("hash"),
                index,
                tx.Int64("nonce"),
                tx.Address("from"),
                tx.AddressOr("to"),
                tx.UInt256("value"),
                tx.Int64("gas"),
                tx.UInt256Or("gasPrice"),
                tx.Data("input"),
                (int)Math.Min(tx.Int64Or("type") ?? 0, int.MaxValue)));
            position++;
        }

        var row = new EthereumBlockRow(
            number,
            hash,
            block.Hash("parentHash"),
            timestamp,
            block.Address("miner"),
            block.Int64("gasLimit"),
            block.Int64("gasUsed"),
            block.UInt256Or("baseFeePerGas"),
            fields.Count);
        return new DecodedBlock(row, fields);
    }
}
