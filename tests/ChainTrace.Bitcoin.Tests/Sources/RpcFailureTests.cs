using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>Retries, transient and permanent failures, timeouts, and that credentials never leak into errors.</summary>
public sealed class RpcFailureTests
{
    [Theory]
    [InlineData("500")]
    [InlineData("503")]
    [InlineData("429")]
    [InlineData("drop")]
    [InlineData("warmup")]
    public async Task Send_TransientFailureThenSuccess_RetriesAndSucceeds(string failure)
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":42,"error":null,"id":1}"""));
        server.Scripted.Enqueue(RpcTestClient.Failure(failure));
        server.Scripted.Enqueue(RpcTestClient.Failure(failure));
        using var client = RpcTestClient.Create(server.Endpoint);

        var count = await client.GetBlockCountAsync();

        Assert.Equal(42, count);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("503")]
    [InlineData("429")]
    [InlineData("drop")]
    [InlineData("warmup")]
    public async Task Send_PersistentTransientFailure_RaisesTransientAfterBoundedRetries(string failure)
    {
        await using var server = new LoopbackHttpServer(_ => RpcTestClient.Failure(failure));
        using var client = RpcTestClient.Create(server.Endpoint, maxRetries: 3);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.True(error.IsTransient);
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("getblockcount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConnectionRefused_RaisesTransient()
    {
        var port = FreePort();
        using var client = RpcTestClient.Create(new Uri($"http://127.0.0.1:{port}/"), maxRetries: 2);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.True(error.IsTransient);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoAnswerWithinTimeout_RaisesTransientQuickly()
    {
        await using var server = new LoopbackHttpServer(_ => new ServerReply(200, """{"result":1,"error":null,"id":1}""", Delay: TimeSpan.FromSeconds(30)));
        using var client = RpcTestClient.Create(server.Endpoint, requestTimeout: TimeSpan.FromMilliseconds(200), maxRetries: 1);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.True(error.IsTransient);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceledNotSourceError()
    {
        await using var server = new LoopbackHttpServer(_ => new ServerReply(200, "{}", Delay: TimeSpan.FromSeconds(30)));
        using var client = RpcTestClient.Create(server.Endpoint);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetBlockCountAsync(cancellation.Token));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Send_AuthenticationRejected_RaisesNonTransientWithoutRetry(int status)
    {
        await using var server = new LoopbackHttpServer(_ => new ServerReply(status, string.Empty));
        using var client = RpcTestClient.Create(server.Endpoint);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
        Assert.Contains("credentials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NotJsonWith200_RaisesNonTransient()
    {
        await using var server = new LoopbackHttpServer(_ => new ServerReply(200, "<html>proxy</html>"));
        using var client = RpcTestClient.Create(server.Endpoint);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Send_ResponseAboveLimit_RaisesNonTransient()
    {
        var big = "{\"result\":\"" + new string('a', 10_000) + "\",\"error\":null,\"id\":1}";
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json(big));
        using var client = RpcTestClient.Create(server.Endpoint, maxResponseBytes: 2048);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.CallAsync("getbestblockhash", []));

        Assert.False(error.IsTransient);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_MissingCookieFile_RaisesTransientNamingThePath()
    {
        await using var server = new LoopbackHttpServer(_ => ServerReply.Json("""{"result":1,"error":null,"id":1}"""));
        var cookie = Path.Combine(Path.GetTempPath(), "chaintrace-no-cookie-" + Guid.NewGuid().ToString("N"));
        using var client = RpcTestClient.Create(server.Endpoint, cookieFile: cookie, maxRetries: 1);

        var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockCountAsync());

        Assert.True(error.IsTransient);
        Assert.Contains(cookie, error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("401")]
    [InlineData("500")]
    [InlineData("drop")]
    [InlineData("rpc-error")]
    [InlineData("timeout")]
    [InlineData("not-json")]
    public async Task Send_AnyFailure_NeverPutsCredentialsInTheException(string failure)
    {
        const string Password = "S3cr3t-Pa55word";
        const string CookieSecret = "c00kie-s3cret-value";
        await using var server = new LoopbackHttpServer(_ => failure switch
        {
            "401" => new ServerReply(401, "bad auth " + Password),
            "rpc-error" => new ServerReply(500, """{"result":null,"error":{"code":-8,"message":"Block height out of range"},"id":1}"""),
            "timeout" => new ServerReply(200, "{}", Delay: TimeSpan.FromSeconds(30)),
            "not-json" => new ServerReply(200, "nope"),
            _ => RpcTestClient.Failure(failure),
        });
        using var temp = new TempDirectory();
        var cookie = temp.File(".cookie");
        await File.WriteAllTextAsync(cookie, "__cookie__:" + CookieSecret);
        var variants = new[]
        {
            new BitcoinRpcOptions { Endpoint = server.Endpoint, UserName = "rpcuser", Password = Password },
            new BitcoinRpcOptions { Endpoint = server.Endpoint, CookieFile = cookie },
            new BitcoinRpcOptions { Endpoint = new Uri($"http://rpcuser:{Password}@127.0.0.1:{server.Port}/") },
        };

        foreach (var variant in variants)
        {
            using var client = new BitcoinRpcClient(new BitcoinRpcOptions
            {
                Endpoint = variant.Endpoint,
                UserName = variant.UserName,
                Password = variant.Password,
                CookieFile = variant.CookieFile,
                RequestTimeout = TimeSpan.FromMilliseconds(300),
                MaxRetries = 1,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                MaxRetryDelay = TimeSpan.FromMilliseconds(1),
            });

            var error = await Assert.ThrowsAsync<ChainSourceException>(() => client.GetBlockHashAsync(5));

            var text = error.ToString();
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(CookieSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(RpcTestClient.Base64("rpcuser:" + Password), text, StringComparison.Ordinal);
            Assert.DoesNotContain(RpcTestClient.Base64("__cookie__:" + CookieSecret), text, StringComparison.Ordinal);
            Assert.Contains("127.0.0.1", text, StringComparison.Ordinal);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
