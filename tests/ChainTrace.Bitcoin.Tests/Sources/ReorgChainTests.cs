using ChainTrace.Bitcoin.Sources;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>
/// btcd's reorg fixture (shared data <c>bitcoin/reorg</c>): a fork built on the real mainnet genesis, every block
/// mined at difficulty 1 (<c>bits 1d00ffff</c>, so each block has the same work) and framed for mainnet magic.
/// <c>blk_0_to_4.dat</c> holds genesis and blocks 1–4; <c>blk_3A.dat</c> holds 3A whose parent is block 2;
/// <c>blk_4A.dat</c> holds 4A on 3A and <c>blk_5A.dat</c> 5A on 4A. With all four, branch A reaches height 5 and has
/// the most work (6 blocks against 5), so 3 and 4 become stale; without 4A, the A branch is shorter or broken.
/// </summary>
public sealed class ReorgChainTests
{
    private const string Genesis = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
    private const string Block1 = "00000000ebe5ec3e94d8dfe18100e5c0f3b1955bc6107fbe24d95732b814551b";
    private const string Block2 = "00000000952ccb1bf9b799fcd0cc654dd48363f76781f8b1c61dbf1696c39f97";
    private const string Block3 = "00000000bc3589303953766cc9364130cb97bc3749bae170f476d45f1e23f850";
    private const string Block4 = "000000002f264d6504013e73b9c913de9098d4d771c1bb219af475d2a01b128e";
    private const string Block3A = "00000000474284d20067a4d33f6a02284e6ef70764a3a26d6a5b9df52ef663dd";
    private const string Block4A = "00000000551dc04c148242d1f648802577df8cf7d4e1b469211016280204a2bf";
    private const string Block5A = "00000000195f85184e77c18914bd0febd11278d950f5e4731a38f71ed79f044e";

    [SharedDataFact]
    public async Task ReadBlocksAsync_AllForkFiles_LongerBranchWinsAndStaleBlocksNeverAppear()
    {
        using var temp = BuildFolder("blk_0_to_4.dat", "blk_3A.dat", "blk_4A.dat", "blk_5A.dat");
        var source = new BlocksDirectorySource(temp.Path);

        var hashes = await ReadHashesAsync(source);
        var summary = await source.GetSummaryAsync();

        Assert.Equal([Genesis, Block1, Block2, Block3A, Block4A, Block5A], hashes);
        Assert.DoesNotContain(Block3, hashes);
        Assert.DoesNotContain(Block4, hashes);
        Assert.Equal(8, summary.IndexedBlocks);
        Assert.Equal(2, summary.StaleBlocks);
        Assert.Equal(0, summary.OrphanBlocks);
        Assert.Equal(5, summary.TipHeight);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ForkFilesStoredBeforeTheMainFile_LongerBranchStillWins()
    {
        using var temp = BuildFolder("blk_5A.dat", "blk_4A.dat", "blk_3A.dat", "blk_0_to_4.dat");

        var hashes = await ReadHashesAsync(new BlocksDirectorySource(temp.Path));

        Assert.Equal([Genesis, Block1, Block2, Block3A, Block4A, Block5A], hashes);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ShorterFork_OriginalChainWinsAndForkIsStale()
    {
        using var temp = BuildFolder("blk_0_to_4.dat", "blk_3A.dat");
        var source = new BlocksDirectorySource(temp.Path);

        var hashes = await ReadHashesAsync(source);

        Assert.Equal([Genesis, Block1, Block2, Block3, Block4], hashes);
        Assert.Equal(1, (await source.GetSummaryAsync()).StaleBlocks);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_EqualWorkTips_FirstStoredTipWins()
    {
        // 4 and 4A both sit at height 4 with equal work; Core keeps the one it saw first, here the one in the
        // lower-numbered file.
        using var mainFirst = BuildFolder("blk_0_to_4.dat", "blk_3A.dat", "blk_4A.dat");
        using var forkFirst = BuildFolder("blk_3A.dat", "blk_4A.dat", "blk_0_to_4.dat");

        var fromMainFirst = await ReadHashesAsync(new BlocksDirectorySource(mainFirst.Path));
        var fromForkFirst = await ReadHashesAsync(new BlocksDirectorySource(forkFirst.Path));

        Assert.Equal([Genesis, Block1, Block2, Block3, Block4], fromMainFirst);
        Assert.Equal([Genesis, Block1, Block2, Block3A, Block4A], fromForkFirst);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ForkWithMissingParent_OrphanIsExcluded()
    {
        // 5A's parent 4A is absent, so 5A cannot be connected to the genesis and is not part of any chain.
        using var temp = BuildFolder("blk_0_to_4.dat", "blk_5A.dat");
        var source = new BlocksDirectorySource(temp.Path);

        var hashes = await ReadHashesAsync(source);
        var summary = await source.GetSummaryAsync();

        Assert.Equal([Genesis, Block1, Block2, Block3, Block4], hashes);
        Assert.Equal(1, summary.OrphanBlocks);
        Assert.Equal(0, summary.StaleBlocks);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ReorgRangeFromHeight3_YieldsOnlyTheWinningBranch()
    {
        using var temp = BuildFolder("blk_0_to_4.dat", "blk_3A.dat", "blk_4A.dat", "blk_5A.dat");
        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(temp.Path), 3, null);

        Assert.Equal([Block3A, Block4A, Block5A], blocks.Select(b => b.Hash.ToReversedHex()));
        Assert.Equal([3L, 4L, 5L], blocks.Select(b => b.Height));
        Assert.EndsWith("blk00001.dat", blocks[0].Location.File, StringComparison.Ordinal);
    }

    private static TempDirectory BuildFolder(params string[] fixtureFiles)
    {
        var temp = new TempDirectory();
        for (var i = 0; i < fixtureFiles.Length; i++)
        {
            File.Copy(SharedData.PathOf("bitcoin/reorg/" + fixtureFiles[i]), temp.File($"blk{i:D5}.dat"));
        }

        return temp;
    }

    private static async Task<List<string>> ReadHashesAsync(BlocksDirectorySource source) =>
        (await BlocksDirectorySourceTests.ReadAllAsync(source, 0, null)).Select(b => b.Hash.ToReversedHex()).ToList();
}
