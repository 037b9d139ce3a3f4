using ChainTrace.Core;
using ChainTrace.Ingest.Ethereum;
using ChainTrace.Storage;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>Confirmations, ranges, resume after a stop, and cancellation: nothing is lost or written twice.</summary>
public sealed class EthereumResumeTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task RunAsync_TwelveConfirmations_WritesOnlyBlocksTwelveBelowTipThenResumes()
    {
        var chain = new FakeChain(tip: 50);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");

        var first = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, confirmations: 12));
        chain.Extend(10);
        var second = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, confirmations: 12));

        Assert.Equal((0L, 38L, 50L, false), (first.FirstBlock, first.LastBlock, first.Tip, first.Resumed));
        Assert.Equal((39L, 48L, 10L, true), (second.FirstBlock, second.LastBlock, second.Blocks, second.Resumed));
        Assert.Equal(49, DatasetFacts.AssertConsistent(path));
    }

    [Fact]
    public async Task RunAsync_ToThenOpenEnded_ResumesAfterCheckpointWithoutDuplicates()
    {
        var chain = new FakeChain(tip: 30);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");

        await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, to: 20));
        Assert.Equal(21, DatasetFacts.AssertConsistent(path));
        var again = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, to: 20));
        var rest = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));

        Assert.Equal(0, again.Blocks);
        Assert.Null(again.FirstBlock);
        Assert.Equal((21L, 30L), (rest.FirstBlock, rest.LastBlock));
        Assert.Equal(31, DatasetFacts.AssertConsistent(path));
        Assert.Equal("60", DatasetFacts.Scalar(path, "SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task RunAsync_FromBeyondCheckpoint_RefusesGapAndKeepsDataset()
    {
        var chain = new FakeChain(tip: 30);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, to: 10));
        var options = new EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 0, From = 15 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => FakeNodeIngest.RunAsync(path, options));

        Assert.Contains("--from 15 would leave a gap", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, DatasetFacts.AssertConsistent(path));
    }

    [Fact]
    public async Task RunAsync_CancelledMidRun_CommitsCompleteBlocksAndRerunCompletes()
    {
        var chain = new FakeChain(tip: 60);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(report =>
        {
            if (report.Height >= 25)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, commitBlocks: 1000), progress, cancel.Token));

        var kept = DatasetFacts.AssertConsistent(path);
        Assert.InRange(kept, 26, 60);
        var rest = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));
        Assert.Equal(kept, rest.FirstBlock);
        Assert.Equal(61, DatasetFacts.AssertConsistent(path));
    }

    [Fact]
    public async Task RunAsync_DatasetPath_CreatesDatasetNamedAfterChainId()
    {
        var chain = new FakeChain(tip: 5);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");

        var summary = await new EthereumIngestor(new EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 2 }).RunAsync(path);

        Assert.Equal(3, summary.LastBlock);
        using var dataset = Dataset.OpenExisting(path);
        Assert.Equal((ChainKind.Ethereum, "mainnet"), (dataset.Manifest.Chain, dataset.Manifest.Network));
    }

    [Fact]
    public async Task RunAsync_BitcoinDataset_Refused()
    {
        await using var node = new FakeEthereumNode(new FakeChain(tip: 5));
        using var dataset = Dataset.OpenOrCreate(_folder.Sub("btc"), ChainKind.Bitcoin, "main");

        await Assert.ThrowsAsync<ArgumentException>(() => new EthereumIngestor(new EthereumIngestOptions { RpcUrl = node.Url }).RunAsync(dataset));
    }

    public void Dispose() => _folder.Dispose();
}
