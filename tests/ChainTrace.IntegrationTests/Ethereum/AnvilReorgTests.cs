using System.Numerics;
using ChainTrace.Core;
using ChainTrace.Ethereum.Hex;
using ChainTrace.Ethereum.Rpc;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.Storage;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>A real reorganisation on Anvil (<c>anvil_reorg</c>) between two ingests, with 0 confirmations.</summary>
[Collection(AnvilTests.Name)]
public sealed class AnvilReorgTests : IAsyncLifetime, IDisposable
{
    private readonly AnvilNode _node = new();
    private readonly TempDirectory _folder = new();

    public Task InitializeAsync() => _node.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_AnvilReorgOfThreeBlocks_RollsBackAndReingestsTheNewChain()
    {
        var rpc = _node.Rpc;
        var accounts = await rpc.CallAsync(new JsonRpcRequest("eth_accounts", "[]"), r => r.EnumerateArray().Select(a => a.GetString()!).ToArray());
        for (var i = 0; i < 8; i++)
        {
            await rpc.CallAsync(
                JsonRpcRequest.Create("eth_sendTransaction", new Dictionary<string, object?> { ["from"] = accounts[0], ["to"] = accounts[1], ["value"] = EthHex.FormatQuantity(new BigInteger(1000 + i)) }),
                r => r.GetString());
        }

        await rpc.CallAsync(JsonRpcRequest.Create("anvil_mine", "0x2"), r => r.ValueKind);
        var path = _folder.Sub("dataset");
        var first = await IngestAsync(path);
        var before = DatasetFacts.Blocks(path);

        await rpc.CallAsync(JsonRpcRequest.Create("anvil_reorg", 3, Array.Empty<object>()), r => r.ValueKind);
        await rpc.CallAsync(JsonRpcRequest.Create("anvil_mine", "0x2"), r => r.ValueKind);
        var second = await IngestAsync(path);

        var reorg = Assert.Single(second.Reorgs);
        Assert.Equal(first.LastBlock - 3, reorg.ForkPoint);
        Assert.True(reorg.RolledBackCommitted);
        var after = DatasetFacts.Blocks(path);
        Assert.Equal(DatasetFacts.AssertConsistent(path), after.Count);
        var nodeHashes = await rpc.BatchAsync(
            [.. after.Select(b => JsonRpcRequest.Create("eth_getBlockByNumber", EthHex.FormatQuantity(b.Number), false))],
            (_, r) => r.Result.GetProperty("hash").GetString()!);
        Assert.Equal(nodeHashes, after.Select(b => b.Hash));
        Assert.NotEqual(before[^1].Hash, after[(int)first.LastBlock!.Value].Hash);
        Assert.Equal(before.Take((int)reorg.ForkPoint + 1), after.Take((int)reorg.ForkPoint + 1));
    }

    private async Task<EthereumIngestSummary> IngestAsync(string path)
    {
        using var dataset = Dataset.OpenOrCreate(path, ChainKind.Ethereum, "anvil");
        return await new EthereumIngestor(new EthereumIngestOptions { RpcUrl = _node.Url, Confirmations = 0 }).RunAsync(dataset);
    }
}
