using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text.Json;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;

namespace ChainTrace.Benchmarks;

/// <summary>
/// A local Anvil node for the Ethereum benchmarks: the pinned binary from tools/anvil (installed with
/// <c>npm ci --prefix tools/anvil</c> when missing), started on 127.0.0.1 and a free port, filled with blocks of
/// traffic, and killed on dispose.
/// </summary>
public sealed class EthereumAnvilNode : IDisposable
{
    private readonly Process _process;

    private EthereumAnvilNode(Process process, string url, JsonRpcClient rpc)
    {
        _process = process;
        Url = url;
        Rpc = rpc;
    }

    public string Url { get; }

    public JsonRpcClient Rpc { get; }

    /// <summary>Installs if needed, starts Anvil and waits until it answers.</summary>
    public static async Task<EthereumAnvilNode> StartAsync()
    {
        var root = RepositoryRoot();
        var tools = Path.Combine(root, "tools", "anvil");
        var binary = Path.Combine(tools, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
        if (!File.Exists(binary))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund"]) { UseShellExecute = false })!;
            await npm.WaitForExitAsync();
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var process = Process.Start(new ProcessStartInfo(binary, ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--silent"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var rpc = new JsonRpcClient(new JsonRpcClientOptions { Url = url, MaxRetries = 0 });
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await rpc.CallAsync(new JsonRpcRequest("eth_chainId", "[]"), r => r.GetString());
                return new EthereumAnvilNode(process, url, rpc);
            }
            catch (ChainTrace.Core.ChainSourceException) when (attempt < 300)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Mines <paramref name="blocks"/> blocks of four transactions: two ETH transfers, an ERC-20 transfer, a forwarded payment.</summary>
    public async Task FillAsync(int blocks)
    {
        using var build = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "contracts", "build", "contracts.json")));
        var contracts = build.RootElement.GetProperty("contracts");
        string Code(string name) => contracts.GetProperty(name).GetProperty("bytecode").GetString()!;
        string Selector(string name, string signature) => contracts.GetProperty(name).GetProperty("methods").GetProperty(signature).GetString()!;
        var accounts = await Rpc.CallAsync(new JsonRpcRequest("eth_accounts", "[]"), r => r.EnumerateArray().Select(a => a.GetString()!).ToArray());
        var (a, b, c) = (accounts[0], accounts[1], accounts[2]);
        var token = await DeployAsync(a, Code("TestToken") + Word(BigInteger.One << 200));
        var forwarder = await DeployAsync(a, Code("Forwarder"));
        await Rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", false), r => r.ValueKind);
        for (var i = 0; i < blocks; i++)
        {
            JsonRpcRequest[] sends =
            [
                Send(a, b, BigInteger.Pow(10, 15) + i, null),
                Send(b, c, BigInteger.Pow(10, 14) + i, null),
                Send(a, token, BigInteger.Zero, "0x" + Selector("TestToken", "transfer(address,uint256)") + Word(c) + Word(1000 + i)),
                Send(a, forwarder, BigInteger.Pow(10, 13) + i, "0x" + Selector("Forwarder", "forward(address)") + Word(c)),
            ];
            await Rpc.BatchAsync(sends, (_, r) => r.IsError ? throw new InvalidOperationException(r.Error!.ToString()) : 0);
            await Rpc.CallAsync(new JsonRpcRequest("evm_mine", "[]"), r => r.ValueKind);
        }

        await Rpc.CallAsync(JsonRpcRequest.Create("evm_setAutomine", true), r => r.ValueKind);
    }

    public void Dispose()
    {
        Rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private async Task<string> DeployAsync(string from, string code)
    {
        var hash = await Rpc.CallAsync(JsonRpcRequest.Create("eth_sendTransaction", new Dictionary<string, object?> { ["from"] = from, ["data"] = code }), r => r.GetString()!);
        while (true)
        {
            var address = await Rpc.CallAsync(
                JsonRpcRequest.Create("eth_getTransactionReceipt", hash),
                r => r.ValueKind == JsonValueKind.Null ? null : r.GetProperty("contractAddress").GetString());
            if (address is not null)
            {
                return address;
            }

            await Task.Delay(25);
        }
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

    private static string Word(BigInteger value) => Convert.ToHexStringLower(value.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    private static string Word(string address) => new string('0', 24) + address[2..];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "anvil", "package.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("tools/anvil/package.json was not found above the benchmark binaries.");
    }
}
