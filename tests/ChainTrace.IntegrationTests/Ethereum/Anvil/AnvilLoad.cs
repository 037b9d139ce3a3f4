using System.Numerics;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// Fills an Anvil node with <c>blocks</c> blocks of traffic for throughput measurements: each block holds two ETH
/// transfers, an ERC-20 transfer (a log) and a forwarded payment (an internal call only traces show).
/// </summary>
public static class AnvilLoad
{
    /// <summary>Deploys the token and forwarder, then mines <paramref name="blocks"/> blocks of four transactions each.</summary>
    public static async Task FillAsync(JsonRpcClient rpc, int blocks)
    {
        var accounts = await rpc.CallAsync(new JsonRpcRequest("eth_accounts", "[]"), r => r.EnumerateArray().Select(a => a.GetString()!).ToArray());
        var (a, b, c) = (accounts[0], accounts[1], accounts[2]);
        var token = await DeployAsync(rpc, a, CompiledContracts.Bytecode("TestToken") + Abi.Encode(BigInteger.One << 200));
        var forwarder = await DeployAsync(rpc, a, CompiledContracts.Bytecode("Forwarder"));
        await rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", false), r => r.ValueKind);
        var transfer = CompiledContracts.Selector("TestToken", "transfer(address,uint256)");
        var forward = CompiledContracts.Selector("Forwarder", "forward(address)");
        for (var i = 0; i < blocks; i++)
        {
            JsonRpcRequest[] sends =
            [
                Send(a, b, BigInteger.Pow(10, 15) + i, null),
                Send(b, c, BigInteger.Pow(10, 14) + i, null),
                Send(a, token, BigInteger.Zero, Abi.Call(transfer, c, new BigInteger(1000 + i))),
                Send(a, forwarder, BigInteger.Pow(10, 13) + i, Abi.Call(forward, c)),
            ];
            await rpc.BatchAsync(sends, (_, r) => r.IsError ? throw new InvalidOperationException(r.Error!.ToString()) : 0);
            await rpc.CallAsync(new JsonRpcRequest("evm_mine", "[]"), r => r.ValueKind);
        }

        await rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", true), r => r.ValueKind);
    }

    private static JsonRpcRequest Send(string from, string to, BigInteger value, string? data)
    {
        var tx = new Dictionary<string, object?> { ["from"] = from, ["to"] = to, ["value"] = EthHex.FormatQuantity(value), ["gas"] = "0x30000" };
        if (data is not null)
        {
            tx["data"] = data;
        }

        return JsonRpcRequest.Create("eth_sendTransaction", tx);
    }

    private static async Task<string> DeployAsync(JsonRpcClient rpc, string from, string code)
    {
        var hash = await rpc.CallAsync(JsonRpcRequest.Create("eth_sendTransaction", new Dictionary<string, object?> { ["from"] = from, ["data"] = code }), r => r.GetString()!);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var address = await rpc.CallAsync(JsonRpcRequest.Create("eth_getTransactionReceipt", hash), r => r.ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("contractAddress").GetString());
            if (address is not null)
            {
                return address;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Deployment {hash} was not mined within 5 s.");
    }
}
