using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Ethereum.Source;

/// <summary>The JSON-RPC calls the source makes.</summary>
internal static class RpcRequests
{
    private static readonly IReadOnlyDictionary<string, object?> CallTracer =
        new Dictionary<string, object?> { ["tracer"] = "callTracer" };

    public static JsonRpcRequest BlockNumber() => new("eth_blockNumber", "[]");

    public static JsonRpcRequest Block(long number, bool full) =>
        new("eth_getBlockByNumber", full ? $"[\"{EthHex.FormatQuantity(number)}\",true]" : $"[\"{EthHex.FormatQuantity(number)}\",false]");

    public static JsonRpcRequest BlockReceipts(long number) => new("eth_getBlockReceipts", $"[\"{EthHex.FormatQuantity(number)}\"]");

    public static JsonRpcRequest TransactionReceipt(string hash) => new("eth_getTransactionReceipt", $"[\"{hash}\"]");

    public static JsonRpcRequest ParityTraces(long number) => new("trace_block", $"[\"{EthHex.FormatQuantity(number)}\"]");

    public static JsonRpcRequest GethTraces(long number) =>
        JsonRpcRequest.Create("debug_traceBlockByNumber", EthHex.FormatQuantity(number), CallTracer);
}
