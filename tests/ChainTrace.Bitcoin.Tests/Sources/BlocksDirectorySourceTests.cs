using System.Runtime.InteropServices;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

public sealed class BlocksDirectorySourceTests
{
    [SharedDataFact]
    public async Task ReadBlocksAsync_RealBlkFiles_Yields600BlocksInHeightOrderWithExpectedHashes()
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);

        var blocks = await ReadAllAsync(source, 0, null);

        var expected = BlkFixtures.ExpectedHashes();
        Assert.Equal(600, blocks.Count);
        Assert.Equal(expected, blocks.Select(b => b.Hash.ToReversedHex()));
        Assert.Equal(Enumerable.Range(0, 600).Select(h => (long)h), blocks.Select(b => b.Height));
        Assert.All(blocks, b => Assert.Equal(b.Hash.ToReversedHex(), BlkFixtures.HeaderHashHex(b.Bytes.Span)));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_RealBlkFiles_BytesAndLocationsMatchTheFiles()
    {
        var plain = BlkFixtures.RealBlocks();
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);

        var blocks = await ReadAllAsync(source, 0, null);

        Assert.Equal(plain.Count, blocks.Count);
        for (var i = 0; i < plain.Count; i++)
        {
            Assert.True(plain[i].AsSpan().SequenceEqual(blocks[i].Bytes.Span), $"block {i} bytes differ");
        }

        Assert.Equal(new DataLocation(File: BlkFixtures.RealBlk0, Offset: 8, Height: 0), blocks[0].Location);
        Assert.Equal(BlkFixtures.RealBlk1, blocks[300].Location.File);
        Assert.Equal(8, blocks[300].Location.Offset);
        Assert.Equal(8 + plain[300].Length + 8, blocks[301].Location.Offset);
    }

    [SharedDataFact]
    public async Task GetSummaryAsync_RealBlkFiles_MainnetTip599WithoutStaleBlocks()
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);

        var summary = await source.GetSummaryAsync();
        var info = await source.GetInfoAsync();

        Assert.Same(BitcoinNetwork.Main, summary.Network);
        Assert.Equal(2, summary.FileCount);
        Assert.Equal(68852 + 70449, summary.TotalBytes);
        Assert.Equal(600, summary.IndexedBlocks);
        Assert.Equal(0, summary.StaleBlocks);
        Assert.Equal(0, summary.OrphanBlocks);
        Assert.Equal(0, summary.DuplicateBlocks);
        Assert.Equal(599, info.TipHeight);
        Assert.Equal("0000000042844571bc6bce8e1c0fbec99466971eaff89fef8c0d123582181d4d", info.TipHash.ToReversedHex());
        Assert.Same(BitcoinNetwork.Main, info.Network);
    }

    [SharedDataTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ReadBlocksAsync_XorObfuscatedCopy_YieldsIdenticalBlocks(int seed)
    {
        using var temp = new TempDirectory();
        var key = BlkFixtures.RandomNonZeroKey(seed);
        await File.WriteAllBytesAsync(temp.File("xor.dat"), key);
        BlkFixtures.XorCopy(BlkFixtures.RealBlk0, temp.File("blk00000.dat"), key);
        BlkFixtures.XorCopy(BlkFixtures.RealBlk1, temp.File("blk00001.dat"), key);

        var obfuscated = await ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);
        var plain = BlkFixtures.RealBlocks();

        Assert.Equal(BlkFixtures.ExpectedHashes(), obfuscated.Select(b => b.Hash.ToReversedHex()));
        for (var i = 0; i < plain.Count; i++)
        {
            Assert.True(plain[i].AsSpan().SequenceEqual(obfuscated[i].Bytes.Span), $"block {i} bytes differ");
        }
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_XorFileWithoutXorDat_ReportsUnknownMagic()
    {
        using var temp = new TempDirectory();
        BlkFixtures.XorCopy(BlkFixtures.RealBlk0, temp.File("blk00000.dat"), BlkFixtures.RandomNonZeroKey(7));

        var error = await Assert.ThrowsAsync<ChainDataException>(() => ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null));

        Assert.Equal(temp.File("blk00000.dat"), error.Location.File);
        Assert.Equal(0, error.Location.Offset);
        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_AllZeroXorDat_MeansNoObfuscation()
    {
        using var temp = new TempDirectory();
        await File.WriteAllBytesAsync(temp.File("xor.dat"), new byte[8]);
        File.Copy(BlkFixtures.RealBlk0, temp.File("blk00000.dat"));

        var blocks = await ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);

        Assert.Equal(300, blocks.Count);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ObfuscatedFileWithCoreZeroTail_StopsAtTheTail()
    {
        using var temp = new TempDirectory();
        var key = BlkFixtures.RandomNonZeroKey(11);
        await File.WriteAllBytesAsync(temp.File("xor.dat"), key);
        BlkFixtures.XorCopy(BlkFixtures.RealBlk0, temp.File("blk00000.dat"), key);
        await using (var stream = new FileStream(temp.File("blk00000.dat"), FileMode.Append))
        {
            // Core preallocates with zeros that are never XORed: the tail is zero as stored.
            stream.Write(new byte[1 << 20]);
        }

        var blocks = await ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);

        Assert.Equal(300, blocks.Count);
    }

    [SharedDataTheory]
    [InlineData(42, 1)]
    [InlineData(43, 3)]
    [InlineData(44, 7)]
    public async Task ReadBlocksAsync_BlocksShuffledAcrossFiles_YieldsTheSameChain(int seed, int fileCount)
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.RealBlocks();
        var shuffled = blocks.ToArray();
        new Random(seed).Shuffle(shuffled);
        var perFile = (shuffled.Length + fileCount - 1) / fileCount;
        for (var f = 0; f < fileCount; f++)
        {
            BlkFixtures.WriteBlkFile(temp.File($"blk{f:D5}.dat"), shuffled.Skip(f * perFile).Take(perFile));
        }

        var source = new BlocksDirectorySource(temp.Path);
        var read = await ReadAllAsync(source, 0, null);

        Assert.False(blocks.SequenceEqual(shuffled), "the shuffle must change the order");
        Assert.Equal(BlkFixtures.ExpectedHashes(), read.Select(b => b.Hash.ToReversedHex()));
        Assert.Equal(fileCount, (await source.GetSummaryAsync()).FileCount);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_DuplicateCopiesOfBlocks_YieldsEachOnceAndCountsDuplicates()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.RealBlocks();
        BlkFixtures.WriteBlkFile(temp.File("blk00000.dat"), blocks);
        BlkFixtures.WriteBlkFile(temp.File("blk00001.dat"), blocks.Take(10));
        var source = new BlocksDirectorySource(temp.Path);

        var read = await ReadAllAsync(source, 0, null);

        Assert.Equal(600, read.Count);
        Assert.Equal(10, (await source.GetSummaryAsync()).DuplicateBlocks);
    }

    [SharedDataTheory]
    [InlineData(0, 0L, 1)]
    [InlineData(100, 199L, 100)]
    [InlineData(299, 301L, 3)]
    [InlineData(590, 10_000L, 10)]
    [InlineData(600, null, 0)]
    [InlineData(5_000, 6_000L, 0)]
    public async Task ReadBlocksAsync_HeightRange_YieldsOnlyThatRange(long from, long? to, int count)
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);
        var expected = BlkFixtures.ExpectedHashes();

        var blocks = await ReadAllAsync(source, from, to);

        Assert.Equal(count, blocks.Count);
        Assert.Equal(
            Enumerable.Range((int)from, count).Select(h => expected[h]),
            blocks.Select(b => b.Hash.ToReversedHex()));
    }

    [Fact]
    public void ReadBlocksAsync_NegativeFromOrToBelowFrom_ThrowsWhenCalled()
    {
        var source = new BlocksDirectorySource("/nonexistent-folder-is-not-touched");

        Assert.Throws<ArgumentOutOfRangeException>(() => source.ReadBlocksAsync(-1, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.ReadBlocksAsync(10, 9));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_WithProgress_ReportsIndexingAndReadingToCompletion()
    {
        var reports = new List<BlockSourceProgress>();
        var progress = new SynchronousProgress(reports);
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder, new BlocksDirectoryOptions { Progress = progress });

        var blocks = await ReadAllAsync(source, 0, null);

        var indexing = reports.Where(r => r.Phase == BlockSourcePhase.Indexing).ToList();
        var reading = reports.Where(r => r.Phase == BlockSourcePhase.Reading).ToList();
        Assert.NotEmpty(indexing);
        Assert.Equal(new BlockSourceProgress(BlockSourcePhase.Indexing, 68852 + 70449, 68852 + 70449, 600), indexing[^1]);
        Assert.NotEmpty(reading);
        Assert.Equal(reading[^1].BytesTotal, reading[^1].BytesDone);
        Assert.Equal(blocks.Sum(b => b.Bytes.Length + 8L), reading[^1].BytesTotal);
        Assert.Equal(600, reading[^1].Blocks);
        Assert.True(reading.Zip(reading.Skip(1)).All(p => p.First.BytesDone <= p.Second.BytesDone));
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ReuseBlockBuffer_SharesOneArrayAndStillYieldsCorrectBlocks()
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder, new BlocksDirectoryOptions { ReuseBlockBuffer = true });
        var arrays = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);
        var hashes = new List<string>();

        await foreach (var block in source.ReadBlocksAsync(0, null))
        {
            hashes.Add(BlkFixtures.HeaderHashHex(block.Bytes.Span));
            Assert.True(MemoryMarshal.TryGetArray(block.Bytes, out var segment));
            arrays.Add(segment.Array!);
        }

        Assert.Equal(BlkFixtures.ExpectedHashes(), hashes);
        Assert.True(arrays.Count < 10, $"expected a reused buffer, saw {arrays.Count} arrays");
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_DefaultOwnership_GivesEveryBlockItsOwnArray()
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);
        var arrays = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);

        await foreach (var block in source.ReadBlocksAsync(0, 49))
        {
            Assert.True(MemoryMarshal.TryGetArray(block.Bytes, out var segment));
            arrays.Add(segment.Array!);
        }

        Assert.Equal(50, arrays.Count);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_Cancelled_StopsWithOperationCanceled()
    {
        var source = new BlocksDirectorySource(BlkFixtures.RealBlkFolder);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var block in source.ReadBlocksAsync(0, null, cancellation.Token))
            {
                if (++seen == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(10, seen);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_CoreDataFolderGiven_ReadsItsBlocksSubfolder()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("blocks"));
        File.Copy(BlkFixtures.RealBlk0, Path.Combine(temp.File("blocks"), "blk00000.dat"));

        var blocks = await ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);

        Assert.Equal(300, blocks.Count);
    }

    internal static async Task<List<RawBlock>> ReadAllAsync(IBitcoinBlockSource source, long from, long? to)
    {
        var blocks = new List<RawBlock>();
        await foreach (var block in source.ReadBlocksAsync(from, to))
        {
            blocks.Add(block);
        }

        return blocks;
    }

    private sealed class SynchronousProgress(List<BlockSourceProgress> reports) : IProgress<BlockSourceProgress>
    {
        public void Report(BlockSourceProgress value) => reports.Add(value);
    }
}
