using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>
/// Flattens a geth-style <c>debug_traceBlockByNumber</c> answer with <c>callTracer</c> (one call tree per
/// transaction) into trace rows, depth first, with <c>trace_address</c> as the path of child indexes. CALL-family
/// frames become <c>call</c> with the lowercased call type, CREATE/CREATE2 <c>create</c>, SELFDESTRUCT
/// <c>suicide</c>. A frame with an error, or below one, gets status 0 and keeps the node's error text. The tree is
/// walked with an explicit stack, so nesting depth cannot exhaust the thread's stack.
/// </summary>
internal static class GethTraceDecoder
{
    /// <summary>Decodes the result array; null when the node answered null.</summary>
    /// <exception cref="ChainDataException">A field is missing or malformed, or the tracer failed on a transaction.</exception>
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

        var rows = new List<EthereumTraceRow>();
        var positions = new List<int>();
        var position = 0;
        var stack = new Stack<(JsonElement Frame, string Address)>();
        foreach (var item in result.EnumerateArray())
        {
            var entry = RpcObject.From(item, context, $"traces[{position}]");
            if (entry.StringOr("error") is { } tracerError && !entry.Has("result"))
            {
                throw entry.Error("error", $"the tracer error '{tracerError}'");
            }

            var txHash = entry.HashOr("txHash");
            var status = new TraceStatus();
            stack.Push((entry.Object("result").Element, string.Empty));
            while (stack.TryPop(out var current))
            {
                var path = current.Address.Length == 0
                    ? $"{entry.Path}.result"
                    : $"{entry.Path}.result frame {current.Address}";
                var frame = RpcObject.From(current.Frame, context, path);
                var error = frame.StringOr("error");
                rows.Add(Row(frame, blockNumber, txHash, current.Address, status.Record(current.Address, error is not null), error));
                positions.Add(position);
                if (frame.ArrayOr("calls") is { } calls)
                {
                    var count = calls.GetArrayLength();
                    for (var child = count - 1; child >= 0; child--)
                    {
                        var childAddress = current.Address.Length == 0
                            ? child.ToString(CultureInfo.InvariantCulture)
                            : string.Create(CultureInfo.InvariantCulture, $"{current.Address},{child}");
                        stack.Push((calls[child], childAddress));
                    }
                }
            }

            position++;
        }

        return new DecodedTraces(rows, positions, position, null);
    }

    private static EthereumTraceRow Row(RpcObject frame, long blockNumber, string? txHash, string address, int status, string? error)
    {
        var type = frame.StringOr("type") ?? throw frame.Error("type", "no value");
        var upper = type.ToUpperInvariant();
        var (traceType, callType) = upper switch
        {
            "CALL" or "STATICCALL" or "DELEGATECALL" or "CALLCODE" => ("call", upper.ToLowerInvariant()),
            "CREATE" or "CREATE2" => ("create", (string?)null),
            "SELFDESTRUCT" or "SUICIDE" => ("suicide", (string?)null),
            _ => throw frame.Error("type", $"the unknown frame type '{(type.Length <= 40 ? type : type[..37] + "...")}'"),
        };
        return new EthereumTraceRow(
            blockNumber,
            txHash,
            address,
            traceType,
            callType,
            frame.AddressOr("from"),
            frame.AddressOr("to"),
            frame.UInt256Or("value") ?? BigInteger.Zero,
            status,
            error);
    }
}
