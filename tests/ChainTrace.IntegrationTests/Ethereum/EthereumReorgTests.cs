using ChainTrace.Core;
using ChainTrace.Testing.Ethereum;

using ChainTrace.IntegrationTests.Infrastructure;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>
/// A node whose chain reorganises: the parent-hash check finds the fork point, rolls back committed blocks or drops
/// pending ones, re-ingests, and reports it; the dataset ends equal to the node's chain, without duplicates.
/// </summary>
public sealed class EthereumReorgTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task RunAsync_ReorgBelowCheckpointBetweenRuns_RollsBackToForkPointAndReingests()
    {
        var chain = new FakeChain(tip: 30);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));
        var stale = chain.HashOf(27);
        chain.Reorg(25, "b");
        chain.Extend(5);

        var summary = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));

        var reorg = Assert.Single(summary.Reorgs);
        Assert.Equal((31L, 24L, 6L, true), (reorg.DetectedAt, reorg.ForkPoint, reorg.DroppedBlocks, reorg.RolledBackCommitted));
        Assert.Equal(chain.HashOf(24), reorg.ForkPointHash);
        AssertMatchesChain(path, chain);
        Assert.DoesNotContain(DatasetFacts.Blocks(path), b => b.Hash == stale);
        Assert.Equal("70", DatasetFacts.Scalar(path, "SELECT count(*) FROM transactions"));
        Assert.Equal("35", DatasetFacts.Scalar(path, "SELECT count(*) FROM token_transfers"));
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(3, true)]
    public async Task RunAsync_ReorgDuringRun_DropsStaleBlocksAndEndsOnNodeChain(int commitBlocks, bool rolledBackCommitted)
    {
        // The chain reorganises from block 15 once the ingest has taken block 20; blocks fetched ahead before that
        // are on the old fork, so the mismatch shows where the first block fetched afterwards meets them.
        var chain = new FakeChain(tip: 120);
        var reorganised = 0;
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        var progress = new SyncProgress(report =>
        {
            if (report.Height >= 20 && Interlocked.Exchange(ref reorganised, 1) == 0)
            {
                chain.Reorg(15, "b");
            }
        });

        var summary = await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url, commitBlocks: commitBlocks), progress);

        var reorg = Assert.Single(summary.Reorgs);
        Assert.Equal(14, reorg.ForkPoint);
        Assert.Equal(rolledBackCommitted, reorg.RolledBackCommitted);
        AssertMatchesChain(path, chain);
        Assert.Equal("240", DatasetFacts.Scalar(path, "SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task RunAsync_ReorgDeeperThanLimit_ThrowsAndLeavesDatasetUntouched()
    {
        var chain = new FakeChain(tip: 30);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        await FakeNodeIngest.RunAsync(path, FakeNodeIngest.Options(node.Url));
        var before = DatasetFacts.Blocks(path);
        chain.Reorg(10, "b");
        chain.Extend(2);
        var options = new Ingest.Ethereum.EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 0, MaxReorgDepth = 5 };

        var error = await Assert.ThrowsAsync<ChainDataException>(() => FakeNodeIngest.RunAsync(path, options));

        Assert.Contains("more than 5 blocks", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, DatasetFacts.Blocks(path));
        DatasetFacts.AssertConsistent(path);
    }

    [Fact]
    public async Task RunAsync_WholeDatasetOnStaleFork_EmptiesAndReingestsFromFirstBlock()
    {
        var chain = new FakeChain(tip: 20);
        await using var node = new FakeEthereumNode(chain);
        var path = _folder.Sub("dataset");
        var options = new Ingest.Ethereum.EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 0, From = 10 };
        await FakeNodeIngest.RunAsync(path, options);
        chain.Reorg(5, "b");
        chain.Extend(1);

        var summary = await FakeNodeIngest.RunAsync(path, new Ingest.Ethereum.EthereumIngestOptions { RpcUrl = node.Url, Confirmations = 0 });

        var reorg = Assert.Single(summary.Reorgs);
        Assert.Equal((9L, 11L, true), (reorg.ForkPoint, reorg.DroppedBlocks, reorg.RolledBackCommitted));
        var blocks = DatasetFacts.Blocks(path);
        Assert.Equal(Enumerable.Range(10, 12).Select(n => (long)n), blocks.Select(b => b.Number));
        Assert.All(blocks, b => Assert.Equal(chain.HashOf(b.Number), b.Hash));
        DatasetFacts.AssertConsistent(path);
    }

    public void Dispose() => _folder.Dispose();

    private static void AssertMatchesChain(string path, FakeChain chain)
    {
        var blocks = DatasetFacts.Blocks(path);
        Assert.Equal(chain.Tip + 1, DatasetFacts.AssertConsistent(path));
        Assert.All(blocks, b => Assert.Equal(chain.HashOf(b.Number), b.Hash));
    }
}
