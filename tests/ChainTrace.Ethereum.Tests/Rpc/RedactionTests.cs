using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChainTrace.Core;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Ethereum.Source;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.Ethereum.Tests.Rpc;

/// <summary>No credential of the node URL (user, password, key in the path or query) ever reaches a message.</summary>
public sealed class RedactionTests
{
    private static readonly string[] Secrets = ["alice", "s3cretpw", "APIKEY0123456789", "QUERYTOKEN42"];

    public static TheoryData<string> Faults => ["500", "401", "drop", "hang", "malformed", "node-error", "bad-field"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Failures_UrlWithCredentials_NeverShowSecrets(string fault)
    {
        await using var node = new ScriptedNode(Enumerable.Repeat(Step(fault), 5).ToArray());
        using var source = new EthereumRpcSource(new EthereumSourceOptions
        {
            Url = SecretUrl(node.Port),
            MaxRetries = 1,
            Timeout = TimeSpan.FromMilliseconds(300),
            InitialBackoff = TimeSpan.FromMilliseconds(5),
            Traces = TraceMode.None,
            Receipts = ReceiptMode.BlockReceipts,
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => source.GetBlocksAsync(1, 1));

        Assert.True(error is ChainSourceException or ChainDataException, error.GetType().Name);
        AssertNoSecrets(error.ToString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{node.Port}/***"), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionRefused_UrlWithCredentials_NeverShowsSecrets()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = SecretUrl(port), MaxRetries = 1, InitialBackoff = TimeSpan.Zero });

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync(new JsonRpcRequest("eth_blockNumber", "[]"), r => r.GetString()));

        Assert.True(error.IsTransient);
        AssertNoSecrets(error.ToString());
    }

    [Fact]
    public async Task Requests_UrlWithUserInfo_SendBasicAuthorizationAndKeepPath()
    {
        await using var node = new ScriptedNode();
        using var client = new JsonRpcClient(new JsonRpcClientOptions { Url = SecretUrl(node.Port) });

        await client.CallAsync(new JsonRpcRequest("eth_blockNumber", "[]"), r => r.GetString());

        var head = Assert.Single(node.RequestHeads);
        Assert.StartsWith("POST /v3/APIKEY0123456789?key=QUERYTOKEN42 HTTP/1.1", head, StringComparison.Ordinal);
        Assert.Contains("Authorization: Basic " + Convert.ToBase64String("alice:s3cretpw"u8.ToArray()), head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bob:pw123@node.example.org:8545/v2/KEYKEYKEY", "https://node.example.org:8545/***")]
    [InlineData("http://127.0.0.1:8545", "http://127.0.0.1:8545")]
    [InlineData("http://127.0.0.1:8545/", "http://127.0.0.1:8545")]
    [InlineData("https://host.example/?apikey=SECRET", "https://host.example/***")]
    public void Display_RedactsUserInfoPathAndQuery(string url, string display)
    {
        Assert.Equal(display, RpcEndpoint.Parse(url).Display);
    }

    [Fact]
    public void Parse_NotHttpUrlWithSecrets_MessageIsRedacted()
    {
        var error = Assert.Throws<ArgumentException>(() => RpcEndpoint.Parse("ftp://alice:s3cretpw@host/APIKEY0123456789"));

        AssertNoSecrets(error.Message);
    }

    private static string SecretUrl(int port) =>
        string.Create(CultureInfo.InvariantCulture, $"http://alice:s3cretpw@127.0.0.1:{port}/v3/APIKEY0123456789?key=QUERYTOKEN42");

    private static Func<string, ServerReply> Step(string fault) => fault switch
    {
        "500" => ScriptedNode.Reply(ServerReply.Http(500, "upstream APIKEY0123456789 failed")),
        "401" => ScriptedNode.Reply(ServerReply.Http(401, "bad key APIKEY0123456789")),
        "drop" => ScriptedNode.Reply(ServerReply.Drop()),
        "hang" => ScriptedNode.Reply(ServerReply.Hang()),
        "malformed" => ScriptedNode.Reply(ServerReply.Json("{\"jsonrpc\":")),
        "node-error" => ScriptedNode.Calls((_, _) => RpcAnswer.Error(-32000, "internal")),
        _ => ScriptedNode.Calls((_, _) => RpcAnswer.Result("{\"number\":\"0xqq\"}")),
    };

    private static void AssertNoSecrets(string text)
    {
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
