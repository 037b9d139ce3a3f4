using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Flattens a Parity-style <c>trace_block</c> answer into trace rows: <c>call</c> (callType kept), <c>create</c>
/// (to = created contract, null when creation failed), <c>suicide</c> (from = destroyed contract, to = refund
/// address, value = balance) and <c>reward</c> (to = author, no transaction). A frame with an error, or below one,
/// gets status 0 and keeps the node's error text.
/// </summary>
internal static class ParityTraceDecoder
{
    /// <summary>Decodes the result array; null when the node answered null.</summary>
    /// <exception cref="ChainDataException">A field is missing or malformed, or a trace names another block.</exception>
    public static DecodedTraces? Decode(JsonElement result, DecodeContext context, long blockNumber)
    {
        if (result.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (result.ValueKind != JsonValueKind.Array)
        {
            throw context.Error("traces", $"a {RpcObject.Kind(result)} where an array belongs");
        }

        var rows = new List<EthereumTraceRow>(result.GetArrayLength());
        var positions = new List<int>(rows.Capacity);
        var statuses = new Dictionary<string, TraceStatus>(StringComparer.Ordinal);
        string? blockHash = null;
        var index = 0;
        foreach (var item in result.EnumerateArray())
        {
            var trace = RpcObject.From(item, context, $"traces[{index}]");
            if (trace.Int64Or("blockNumber") is { } number && number != blockNumber)
            {
                throw trace.Error("blockNumber", $"block {number} among the traces of block {blockNumber}");
            }

            blockHash ??= trace.HashOr("blockHash");
            var type = trace.StringOr("type") ?? throw trace.Error("type", "no value");
            var action = trace.Object("action");
            var error = trace.StringOr("error");
            var txHash = trace.HashOr("transactionHash");
            var traceAddress = TraceAddress(trace);
            var status = 1;
            if (txHash is not null)
            {
                if (!statuses.TryGetValue(txHash, out var txStatus))
                {
                    statuses[txHash] = txStatus = new TraceStatus();
                }

                status = txStatus.Record(traceAddress, error is not null);
            }
            else if (error is not null)
            {
                status = 0;
            }

            rows.Add(type switch
            {
                "call" => new EthereumTraceRow(
                    blockNumber, txHash, traceAddress, "call", action.StringOr("callType"),
                    action.AddressOr("from"), action.AddressOr("to"), action.UInt256Or("value") ?? BigInteger.Zero, status, error),
                "create" => new EthereumTraceRow(
                    blockNumber, txHash, traceAddress, "create", null,
                    action.AddressOr("from"), trace.ObjectOr("result")?.AddressOr("address"),
                    action.UInt256Or("value") ?? BigInteger.Zero, status, error),
                "suicide" or "selfdestruct" => new EthereumTraceRow(
                    blockNumber, txHash, traceAddress, "suicide", null,
                    action.AddressOr("address"), action.AddressOr("refundAddress"),
                    action.UInt256Or("balance") ?? BigInteger.Zero, status, error),
                "reward" => new EthereumTraceRow(
                    blockNumber, null, traceAddress, "reward", null,
                    null, action.AddressOr("author"), action.UInt256Or("value") ?? BigInteger.Zero, status, error),
                _ => throw trace.Error("type", $"the unknown trace type '{Shorten(type)}'"),
            });
            positions.Add(txHash is null ? -1 : (int)Math.Min(trace.Int64Or("transactionPosition") ?? -1, int.MaxValue));
            index++;
        }

        return new DecodedTraces(rows, positions, -1, blockHash);
    }

    private static string TraceAddress(RpcObject trace)
    {
        var array = trace.ArrayOr("traceAddress");
        if (array is not { } items || items.GetArrayLength() == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var child) || child < 0)
            {
                throw trace.Error("traceAddress", "an element that is not a child index");
            }

            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(child.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
