using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Decodes receipts from <c>eth_getBlockReceipts</c> (an array, in any order) or <c>eth_getTransactionReceipt</c>
/// (one object), with their logs.
/// </summary>
internal static class ReceiptDecoder
{
    /// <summary>The EVM allows at most four topics per log.</summary>
    private const int MaxTopics = 4;

    /// <summary>Decodes a receipt array sorted by transaction index; null when the node answered null.</summary>
    /// <exception cref="ChainDataException">A field is missing or malformed, or two receipts share an index.</exception>
    public static List<DecodedReceipt>? DecodeMany(JsonElement result, DecodeContext context, long blockNumber)
    {
        if (result.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (result.ValueKind != JsonValueKind.Array)
        {
            throw context.Error("receipts", $"a {RpcObject.Kind(result)} where an array belongs");
        }

        var receipts = new List<DecodedReceipt>(result.GetArrayLength());
        var position = 0;
        foreach (var item in result.EnumerateArray())
        {
            receipts.Add(DecodeOne(RpcObject.From(item, context, $"receipts[{position}]"), blockNumber));
            position++;
        }

        receipts.Sort(static (a, b) => a.TransactionIndex.CompareTo(b.TransactionIndex));
        for (var i = 1; i < receipts.Count; i++)
        {
            if (receipts[i].TransactionIndex == receipts[i - 1].TransactionIndex)
            {
                throw context.Error("receipts", $"two receipts for transaction index {receipts[i].TransactionIndex}");
            }
        }

        return receipts;
    }

    /// <summary>Decodes one receipt object; null when the node answered null (unknown transaction).</summary>
    /// <exception cref="ChainDataException">A field is missing or malformed.</exception>
    public static DecodedReceipt? DecodeSingle(JsonElement result, DecodeContext context, long blockNumber) =>
        result.ValueKind == JsonValueKind.Null ? null : DecodeOne(RpcObject.From(result, context, "receipt"), blockNumber);

    private static DecodedReceipt DecodeOne(RpcObject receipt, long blockNumber)
    {
        var txHash = receipt.Hash("transactionHash");
        var txIndex = receipt.Int32("transactionIndex");
        if (receipt.Int64Or("blockNumber") is { } number && number != blockNumber)
        {
            throw receipt.Error("blockNumber", $"block {number} in the receipts of block {blockNumber}");
        }

        var status = receipt.Int64Or("status");
        if (status is not (null or 0 or 1))
        {
            throw receipt.Error("status", $"status {status} (0 or 1 expected)");
        }

        var logsArray = receipt.Array("logs");
        var logs = new List<EthereumLogRow>(logsArray.GetArrayLength());
        var position = 0;
        foreach (var item in logsArray.EnumerateArray())
        {
            logs.Add(DecodeLog(RpcObject.From(item, receipt.Context, $"{receipt.Path}.logs[{position}]"), blockNumber, txHash, txIndex));
            position++;
        }

        return new DecodedReceipt(
            txHash,
            txIndex,
            receipt.HashOr("blockHash"),
            (int?)status,
            receipt.Int64("gasUsed"),
            receipt.AddressOr("contractAddress"),
            receipt.UInt256Or("effectiveGasPrice"),
            logs);
    }

    private static EthereumLogRow DecodeLog(RpcObject log, long blockNumber, string txHash, int txIndex)
    {
        if (log.HashOr("transactionHash") is { } logTx && logTx != txHash)
        {
            throw log.Error("transactionHash", $"transaction {logTx} in the receipt of {txHash}");
        }

        var topics = log.Array("topics");
        var count = topics.GetArrayLength();
        if (count > MaxTopics)
        {
            throw log.Error("topics", $"{count} topics (at most {MaxTopics} exist)");
        }

        Span<string?> values = [null, null, null, null];
        var index = 0;
        foreach (var topic in topics.EnumerateArray())
        {
            values[index] = ReadTopic(log, topic, index);
            index++;
        }

        return new EthereumLogRow(
            blockNumber,
            txHash,
            txIndex,
            log.Int32("logIndex"),
            log.Address("address"),
            log.Data("data"),
            values[0],
            values[1],
            values[2],
            values[3]);
    }

    private static string ReadTopic(RpcObject log, JsonElement topic, int index)
    {
        if (topic.ValueKind == JsonValueKind.String &&
            Hex.EthHex.TryParseHash(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(topic)[1..^1], out var hash))
        {
            return hash;
        }

        throw log.Error($"topics[{index}]", "a value that is not a 32-byte topic");
    }
}
