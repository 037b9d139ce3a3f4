using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Testing.Ethereum;

/// <summary>
/// The scripted scenario on a real node, sent with our own client through Anvil's unlocked dev accounts
/// (<c>eth_sendTransaction</c>): plain ETH transfers, an ERC-20 with a transfer above 2^128, an ERC-721 mint and
/// transfer, an ERC-1155 batch mint and single transfer, a contract that forwards ETH internally (also once with a
/// swallowed failing inner call), and a reverted call. Records what it sent for the assertions.
/// </summary>
public sealed class AnvilScenario(JsonRpcClient rpc)
{
    /// <summary>1 ether in wei.</summary>
    public static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    /// <summary>The ERC-20 supply minted to the deployer: 2^200.</summary>
    public static readonly BigInteger Supply = BigInteger.One << 200;

    /// <summary>The large ERC-20 transfer: 2^129 + 7.</summary>
    public static readonly BigInteger LargeAmount = (BigInteger.One << 129) + 7;

    /// <summary>The ERC-1155 batch: ids and amounts (one above 2^128).</summary>
    public static readonly BigInteger[] BatchIds = [1, 2, 3];

    /// <summary>Amounts of <see cref="BatchIds"/>.</summary>
    public static readonly BigInteger[] BatchAmounts = [10, 20, BigInteger.One << 130];

    /// <summary>Dev accounts A, B, C, D.</summary>
    public string[] Accounts { get; private set; } = [];

    /// <summary>Deployed contract addresses by name.</summary>
    public Dictionary<string, string> Contracts { get; } = [];

    /// <summary>Every transaction sent, by label.</summary>
    public Dictionary<string, string> Transactions { get; } = [];

    /// <summary>The block of the first and last scenario transaction.</summary>
    public (long First, long Last) Blocks { get; private set; }

    /// <summary>Runs the whole scenario.</summary>
    public async Task RunAsync()
    {
        Accounts = (await rpc.CallAsync(new JsonRpcRequest("eth_accounts", "[]"), r => r.EnumerateArray().Select(a => a.GetString()!).ToArray()))[..4];
        var (a, b, c, d) = (Accounts[0], Accounts[1], Accounts[2], Accounts[3]);
        await SendAsync("eth a->b", a, b, Ether * 3 / 2);
        await SendAsync("eth b->c", b, c, Ether / 4);
        await SendAsync("eth a->d", a, d, BigInteger.Parse("1234567890123456789", CultureInfo.InvariantCulture));

        var token = await DeployAsync("TestToken", a, Abi.Encode(Supply));
        await CallAsync("erc20 a->b large", a, token, "TestToken", "transfer(address,uint256)", b, LargeAmount);
        await CallAsync("erc20 b->c", b, token, "TestToken", "transfer(address,uint256)", c, new BigInteger(5));

        var nft = await DeployAsync("TestNft", a, string.Empty);
        await CallAsync("erc721 mint", a, nft, "TestNft", "mint(address,uint256)", b, new BigInteger(42));
        await CallAsync("erc721 b->c", b, nft, "TestNft", "transferFrom(address,address,uint256)", b, c, new BigInteger(42));

        var multi = await DeployAsync("TestMultiToken", a, string.Empty);
        await CallAsync("erc1155 batch", a, multi, "TestMultiToken", "mintBatch(address,uint256[],uint256[])", c, BatchIds, BatchAmounts);
        await CallAsync("erc1155 c->d", c, multi, "TestMultiToken", "safeTransferFrom(address,address,uint256,uint256,bytes)", c, d, new BigInteger(2), new BigInteger(5), Array.Empty<byte>());

        var forwarder = await DeployAsync("Forwarder", a, string.Empty);
        await PayAsync("forward", a, forwarder, "Forwarder", "forward(address)", Ether * 3, d);
        await PayAsync("forward swallow", a, forwarder, "Forwarder", "forwardAndSwallowFailure(address)", Ether * 2, d);
        await SendAsync("revert", a, forwarder, BigInteger.Zero, Abi.Call(CompiledContracts.Selector("Forwarder", "alwaysReverts()")), gas: 200_000);
        var first = await BlockOfAsync(Transactions["eth a->b"]);
        var last = await BlockOfAsync(Transactions["revert"]);
        Blocks = (first, last);
    }

    /// <summary>The receipt status (1 or 0) of a sent transaction.</summary>
    public Task<long> StatusAsync(string label) =>
        rpc.CallAsync(JsonRpcRequest.Create("eth_getTransactionReceipt", Transactions[label]), r => (long)EthHex.ParseQuantity(r.GetProperty("status").GetString()));

    private async Task<string> DeployAsync(string contract, string from, string constructorArguments)
    {
        var hash = await SendAsync($"deploy {contract}", from, null, BigInteger.Zero, CompiledContracts.Bytecode(contract) + constructorArguments);
        using var receipt = JsonDocument.Parse(await ReceiptAsync(hash));
        var address = receipt.RootElement.GetProperty("contractAddress").GetString()!;
        Contracts[contract] = address;
        return address;
    }

    private Task<string> CallAsync(string label, string from, string to, string contract, string signature, params object[] arguments) =>
        PayAsync(label, from, to, contract, signature, BigInteger.Zero, arguments);

    private Task<string> PayAsync(string label, string from, string to, string contract, string signature, BigInteger value, params object[] arguments) =>
        SendAsync(label, from, to, value, Abi.Call(CompiledContracts.Selector(contract, signature), arguments));

    private async Task<string> SendAsync(string label, string from, string? to, BigInteger value, string? data = null, int? gas = null)
    {
        var tx = new Dictionary<string, object?> { ["from"] = from, ["value"] = EthHex.FormatQuantity(value) };
        if (to is not null)
        {
            tx["to"] = to;
        }

        if (data is not null)
        {
            tx["data"] = data;
        }

        if (gas is { } limit)
        {
            tx["gas"] = EthHex.FormatQuantity(limit);
        }

        var hash = await rpc.CallAsync(JsonRpcRequest.Create("eth_sendTransaction", tx), r => r.GetString()!);
        Transactions[label] = hash;
        await ReceiptAsync(hash);
        return hash;
    }

    /// <summary>Waits until the node has mined <paramref name="hash"/> (Anvil mines each transaction on arrival) and returns its receipt's raw JSON.</summary>
    private async Task<string> ReceiptAsync(string hash)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var receipt = await rpc.CallAsync(JsonRpcRequest.Create("eth_getTransactionReceipt", hash), r => r.ValueKind == JsonValueKind.Null ? null : r.GetRawText());
            if (receipt is not null)
            {
                return receipt;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Transaction {hash} was not mined within 5 s.");
    }

    private Task<long> BlockOfAsync(string hash) =>
        rpc.CallAsync(JsonRpcRequest.Create("eth_getTransactionReceipt", hash), r => (long)EthHex.ParseQuantity(r.GetProperty("blockNumber").GetString()));

    /// <summary>Mines <paramref name="count"/> empty blocks (<c>anvil_mine</c>).</summary>
    public Task MineAsync(int count) =>
        rpc.CallAsync(JsonRpcRequest.Create("anvil_mine", EthHex.FormatQuantity(count)), r => r.ValueKind == JsonValueKind.Null);
}
