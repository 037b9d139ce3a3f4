using System.Text.Json.Nodes;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

public sealed class BitcoinRpcClientTests
{

    private const string Block1Hash = "00000000839a8e6886ab5951d76f411475428afc90947ee320161bbf18eb6048";
    private const string Stream = "bitcoin/stream_50001_50002";

    [SharedDataFact]
    public async Task GetBlockCountAndHash_RecordedNode_ReturnRecordedValues()
    {
        await using var node = new RecordedBitcoinNode(Stream);
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var count = await client.GetBlockCountAsync();
        var hash = await client.GetBlockHashAsync(50001);

        Assert.Equal(500000, count);
        Assert.Equal("000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141", hash.ToReversedHex());
    }

    [SharedDataFact]
    public async Task GetBlockAsync_Verbosity2_ReadsHeaderFieldsTransactionsAndAmounts()
    {
        await using var node = new RecordedBitcoinNode("bitcoin/block_1");
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var block = await client.GetBlockAsync(Hash256.ParseReversed(Block1Hash), 2);

        Assert.Equal(Block1Hash, block.Hash.ToReversedHex());
        Assert.Equal(1, block.Height);
        Assert.Equal(1, block.Version);
        Assert.Equal(0x1d00ffffu, block.Bits);
        Assert.Equal(2573394689u, block.Nonce);
        Assert.Equal(1231469665u, block.Time);
        Assert.Equal(215, block.Size);
        Assert.Equal("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f", block.PreviousBlockHash.ToReversedHex());
        var tx = Assert.Single(block.Transactions!);
        Assert.Equal("0e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098", tx.Txid.ToReversedHex());
        Assert.Equal(134, tx.Raw.Length);
        Assert.Null(Assert.Single(tx.Inputs).OutPoint);
        var output = Assert.Single(tx.Outputs);
        Assert.Equal(5_000_000_000, output.Value);
        Assert.Equal("pubkey", output.NodeScriptType);
        Assert.Equal("12c6DSiU4Rq3P4ZxziKxzrL5LmMBrzjrJX", output.NodeAddress);
        Assert.Equal(67, output.ScriptPubKey.Length);
        Assert.Contains($"getblock {Block1Hash} 2", node.Calls);
    }

    [SharedDataFact]
    public async Task GetBlockAsync_Verbosity1_SendsTrueAndListsTxidsOnly()
    {
        await using var node = new RecordedBitcoinNode("bitcoin_cash/block_with_duplicate_txid");
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var block = await client.GetBlockAsync(Hash256.ParseReversed("00000000000271a2dc26e7667f8419f2e15416dc6955e5a6c6cdf3f2574dd08e"), 1);

        Assert.Null(block.Transactions);
        Assert.Equal("e3bf3d07d4b0375638d5f1db5255fe07ba2c4cb067cd81b84ee974b6585fb468", Assert.Single(block.TransactionIds).ToReversedHex());
        Assert.Equal(91722, block.Height);
        Assert.Contains(node.Calls, c => c.EndsWith(" True", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task GetRawTransactionsAsync_ThreeTxids_SendsOneBatchAndMapsUnknownToNull()
    {
        await using var node = new RecordedBitcoinNode(Stream);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        Hash256[] txids =
        [
            Hash256.ParseReversed("76a8d70a757be5055f60be076b683897cadaad6b7bdf78c43e39b9d59cb4a6ea"),
            Hash256.ParseReversed("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
            Hash256.ParseReversed("0d37522b89f991f8433b80f709ad31862a54435cd003f25732fe405e9db93216"),
        ];

        var transactions = await client.GetRawTransactionsAsync(txids);

        Assert.Single(node.Server.Requests);
        Assert.StartsWith("[", node.Server.Requests.Single().BodyText, StringComparison.Ordinal);
        Assert.Equal(txids[0], transactions[0]!.Txid);
        Assert.Null(transactions[1]);
        Assert.Equal(txids[2], transactions[2]!.Txid);
    }

    [SharedDataFact]
    public async Task GetRawTransactionsAsync_MoreThanBatchSize_SplitsIntoSeveralBatches()
    {
        await using var node = new RecordedBitcoinNode(Stream);
        using var client = RpcTestClient.Create(node.Server.Endpoint, maxBatchSize: 2);
        var txid = Hash256.ParseReversed("76a8d70a757be5055f60be076b683897cadaad6b7bdf78c43e39b9d59cb4a6ea");

        var transactions = await client.GetRawTransactionsAsync([txid, txid, txid, txid, txid]);

        Assert.Equal(3, node.Server.Requests.Count);
        Assert.All(transactions, t => Assert.Equal(txid, t!.Txid));
    }

    [SharedDataFact]
    public async Task GetPrevoutAsync_RecordedTransaction_ReturnsValueAndScript()
    {
        await using var node = new RecordedBitcoinNode(Stream);
        using var client = RpcTestClient.Create(node.Server.Endpoint);
        var outPoint = new OutPointId(Hash256.ParseReversed("76a8d70a757be5055f60be076b683897cadaad6b7bdf78c43e39b9d59cb4a6ea"), 0);

        var prevout = await client.GetPrevoutAsync(outPoint);
        var missingVout = await client.GetPrevoutAsync(outPoint with { OutputIndex = 5 });

        Assert.NotNull(prevout);
        Assert.Equal(5_000_000_000, prevout.Value);
        Assert.Equal("pubkey", prevout.NodeScriptType);
        Assert.Equal("1DoQeKfU3dYhN9bxMpFFcVUnufCPDqSPae", prevout.NodeAddress);
        Assert.Equal(0x41, prevout.ScriptPubKey.Span[0]);
        Assert.Equal(0xac, prevout.ScriptPubKey.Span[^1]);
        Assert.Null(missingVout);
    }

    [SharedDataFact]
    public async Task CallAsync_UnknownBlock_RaisesNonTransientWithoutRetry()
    {
        await using var node = new RecordedBitcoinNode(Stream);
        using var client = RpcTestClient.Create(node.Server.Endpoint);

        var error = await Assert.ThrowsAsync<ChainSourceException>(
            () => client.GetBlockAsync(Hash256.ParseReversed(Block1Hash), 2));

        Assert.False(error.IsTransient);
        Assert.Contains("-5", error.Message, StringComparison.Ordinal);
        Assert.Contains(Block1Hash, error.Message, StringComparison.Ordinal);
        Assert.Single(node.Server.Requests);
    }

    [Fact]
    public async Task Send_CookieFile_SendsBasicAuthWithCookieContentAndRereadsIt()
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":7,"error":null,"id":1}"""));
        using var temp = new TempDirectory();
        var cookie = temp.File(".cookie");
        await File.WriteAllTextAsync(cookie, "__cookie__:first-secret");
        using var client = RpcTestClient.Create(server.Endpoint, cookieFile: cookie);

        await client.GetBlockCountAsync();
        await File.WriteAllTextAsync(cookie, "__cookie__:second-secret\n");
        await client.GetBlockCountAsync();

        var headers = server.Requests.Select(r => r.Headers["Authorization"]).ToList();
        Assert.Equal("Basic " + RpcTestClient.Base64("__cookie__:first-secret"), headers[0]);
        Assert.Equal("Basic " + RpcTestClient.Base64("__cookie__:second-secret"), headers[1]);
    }

    [Fact]
    public async Task Send_UserAndPassword_SendsBasicAuth()
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":7,"error":null,"id":1}"""));
        using var client = RpcTestClient.Create(server.Endpoint, userName: "alice", password: "pa:ss");

        await client.GetBlockCountAsync();

        Assert.Equal("Basic " + RpcTestClient.Base64("alice:pa:ss"), server.Requests.Single().Headers["Authorization"]);
    }

    [Fact]
    public async Task Send_CredentialsInUrl_SentAsHeaderAndNotInRequestLineOrEndpoint()
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":7,"error":null,"id":1}"""));
        var endpoint = new Uri($"http://bob:hunter%402@127.0.0.1:{server.Port}/wallet/w1");
        using var client = RpcTestClient.Create(endpoint);

        await client.GetBlockCountAsync();

        var request = server.Requests.Single();
        Assert.Equal("Basic " + RpcTestClient.Base64("bob:hunter@2"), request.Headers["Authorization"]);
        Assert.Equal("/wallet/w1", request.Path);
        Assert.DoesNotContain("hunter", client.Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_RequestBody_IsJsonRpcWithMethodAndParams()
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":"000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f","error":null,"id":1}"""));
        using var client = RpcTestClient.Create(server.Endpoint);

        await client.GetBlockHashAsync(0);

        var body = JsonNode.Parse(server.Requests.Single().BodyText)!.AsObject();
        Assert.Equal("getblockhash", body["method"]!.GetValue<string>());
        Assert.Equal(0, body["params"]![0]!.GetValue<long>());
        Assert.Equal("POST", server.Requests.Single().Method);
        Assert.StartsWith("application/json", server.Requests.Single().Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        var endpoint = new Uri("http://127.0.0.1:8332/");
        Assert.Throws<ArgumentException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = new Uri("ftp://x/") }));
        Assert.Throws<ArgumentException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = endpoint, CookieFile = "c", UserName = "u" }));
        Assert.Throws<ArgumentException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = endpoint, Password = "p" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = endpoint, MaxRetries = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = endpoint, RequestTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitcoinRpcClient(new BitcoinRpcOptions { Endpoint = endpoint, MaxBatchSize = 0 }));
    }
}
