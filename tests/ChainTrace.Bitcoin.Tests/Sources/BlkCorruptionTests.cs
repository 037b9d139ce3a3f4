using System.Buffers.Binary;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

public sealed class BlkCorruptionTests
{
    [SharedDataFact]
    public async Task ReadBlocksAsync_TruncatedFile_NamesFileAndOffsetOfTheCutBlock()
    {
        using var temp = new TempDirectory();
        var data = await File.ReadAllBytesAsync(BlkFixtures.RealBlk0);
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        var lastFrame = data.Length - blocks[^1].Length - 8;
        var path = temp.File("blk00000.dat");
        await File.WriteAllBytesAsync(path, data.AsSpan(0, data.Length - 50).ToArray());

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(path, error.Location.File);
        Assert.Equal(lastFrame, error.Location.Offset);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("remain in the file", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_FileCutInsideAPrefix_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        var path = temp.File("blk00000.dat");
        BlkFixtures.WriteBlkFile(path, blocks.Take(3));
        var frameStart = new FileInfo(path).Length;
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(BlkFixtures.MainMagic);
            stream.Write(new byte[] { 0x1d, 0x01 });
        }

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(path, error.Location.File);
        Assert.Equal(frameStart, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_OtherNetworkMagicMidFile_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        var path = temp.File("blk00000.dat");
        BlkFixtures.WriteBlkFile(path, blocks.Take(5));
        var frameStart = new FileInfo(path).Length;
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(BlkFixtures.TestnetMagic);
            stream.Write(BitConverter.GetBytes(blocks[5].Length));
            stream.Write(blocks[5]);
        }

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(path, error.Location.File);
        Assert.Equal(frameStart, error.Location.Offset);
        Assert.Contains("0b110907", error.Message, StringComparison.Ordinal);
        Assert.Contains("f9beb4d9", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_SecondFileOfAnotherNetwork_NamesThatFile()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.RealBlocks();
        BlkFixtures.WriteBlkFile(temp.File("blk00000.dat"), blocks.Take(300));
        BlkFixtures.WriteBlkFile(temp.File("blk00001.dat"), blocks.Skip(300), BlkFixtures.TestnetMagic);

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(temp.File("blk00001.dat"), error.Location.File);
        Assert.Equal(0, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_GarbageWhereAFrameShouldStart_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        var path = temp.File("blk00000.dat");
        BlkFixtures.WriteBlkFile(path, blocks.Take(2));
        var frameStart = new FileInfo(path).Length;
        var garbage = new byte[4096];
        new Random(5).NextBytes(garbage);
        garbage[0] = 0x42;
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(garbage);
        }

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(frameStart, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_LengthPastEndOfFile_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var data = await File.ReadAllBytesAsync(BlkFixtures.RealBlk0);
        var first = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0)[0];
        var secondFrame = 8 + first.Length;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(secondFrame + 4), (uint)(data.Length - secondFrame));
        var path = temp.File("blk00000.dat");
        await File.WriteAllBytesAsync(path, data);

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(path, error.Location.File);
        Assert.Equal(secondFrame, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_TooSmallLength_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var path = temp.File("blk00000.dat");
        var frame = new byte[8 + 200];
        BlkFixtures.MainMagic.CopyTo(frame, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), 12);
        await File.WriteAllBytesAsync(path, frame);

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(0, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_TrailingZeroRegion_IsEndOfDataNotAnError()
    {
        using var temp = new TempDirectory();
        var path = temp.File("blk00000.dat");
        File.Copy(BlkFixtures.RealBlk0, path);
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(new byte[3 * 1024 * 1024 + 5]);
        }

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);

        Assert.Equal(300, blocks.Count);
    }

    [SharedDataTheory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task ReadBlocksAsync_ShortZeroTailShorterThanAPrefix_IsEndOfData(int zeros)
    {
        using var temp = new TempDirectory();
        var path = temp.File("blk00000.dat");
        File.Copy(BlkFixtures.RealBlk0, path);
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(new byte[zeros]);
        }

        var blocks = await BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null);

        Assert.Equal(300, blocks.Count);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_DataAfterAZeroGap_IsReportedNotSkipped()
    {
        using var temp = new TempDirectory();
        var path = temp.File("blk00000.dat");
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        BlkFixtures.WriteBlkFile(path, blocks.Take(10));
        var gapStart = new FileInfo(path).Length;
        await using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(new byte[1000]);
            stream.Write(BlkFixtures.MainMagic);
        }

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(gapStart, error.Location.Offset);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_HeaderFailingProofOfWork_NamesFileAndOffset()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        blocks[4][76] ^= 0x55; // nonce byte
        var path = temp.File("blk00000.dat");
        BlkFixtures.WriteBlkFile(path, blocks);
        var frameStart = blocks.Take(4).Sum(b => b.Length + 8);

        var error = await ReadExpectingErrorAsync(temp.Path);

        Assert.Equal(frameStart, error.Location.Offset);
        Assert.Contains("difficulty target", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ReadBlocksAsync_ProofOfWorkCheckOff_ForgedBlockBreaksItsChildrensLink()
    {
        using var temp = new TempDirectory();
        var blocks = BlkFixtures.ReadBlocks(BlkFixtures.RealBlk0);
        blocks[4][76] ^= 0x55;
        BlkFixtures.WriteBlkFile(temp.File("blk00000.dat"), blocks);
        var source = new BlocksDirectorySource(temp.Path, new BlocksDirectoryOptions { VerifyProofOfWork = false });

        var summary = await source.GetSummaryAsync();

        // The altered block 4 still links to block 3, but blocks 5..299 name the original block 4 as parent.
        Assert.Equal(4, summary.TipHeight);
        Assert.Equal(295, summary.OrphanBlocks);
    }

    [Fact]
    public async Task GetSummaryAsync_XorDatOfWrongLength_NamesXorDat()
    {
        using var temp = new TempDirectory();
        await File.WriteAllBytesAsync(temp.File("xor.dat"), new byte[] { 1, 2, 3 });
        await File.WriteAllBytesAsync(temp.File("blk00000.dat"), new byte[100]);

        var error = await Assert.ThrowsAsync<ChainDataException>(() => new BlocksDirectorySource(temp.Path).GetSummaryAsync());

        Assert.Equal(temp.File("xor.dat"), error.Location.File);
    }

    [Fact]
    public async Task GetSummaryAsync_FolderWithoutBlkFiles_ThrowsChainDataExceptionNamingTheFolder()
    {
        using var temp = new TempDirectory();

        var error = await Assert.ThrowsAsync<ChainDataException>(() => new BlocksDirectorySource(temp.Path).GetSummaryAsync());

        Assert.Equal(temp.Path, error.Location.File);
    }

    [Fact]
    public async Task GetSummaryAsync_OnlyZeroFilledFiles_ThrowsNoBlocks()
    {
        using var temp = new TempDirectory();
        await File.WriteAllBytesAsync(temp.File("blk00000.dat"), new byte[4096]);

        var error = await Assert.ThrowsAsync<ChainDataException>(() => new BlocksDirectorySource(temp.Path).GetSummaryAsync());

        Assert.Contains("no blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSummaryAsync_MissingFolder_ThrowsDirectoryNotFound()
    {
        var source = new BlocksDirectorySource(Path.Combine(Path.GetTempPath(), "chaintrace-missing-" + Guid.NewGuid().ToString("N")));

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => source.GetSummaryAsync());
    }

    [Fact]
    public void Constructor_MaxBlockLengthBelowMinimum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new BlocksDirectorySource("x", new BlocksDirectoryOptions { MaxBlockLength = 80 }));
    }

    [Fact]
    public async Task ReadBlocksAsync_RandomGarbageFiles_NeverCrashOrHang()
    {
        var random = new Random(1234);
        for (var round = 0; round < 50; round++)
        {
            using var temp = new TempDirectory();
            var data = new byte[random.Next(1, 5000)];
            random.NextBytes(data);
            if (round % 2 == 0 && data.Length >= 8)
            {
                // A valid magic with a random length exercises the length checks rather than the magic check.
                BlkFixtures.MainMagic.CopyTo(data, 0);
            }

            await File.WriteAllBytesAsync(temp.File("blk00000.dat"), data);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

            var error = await Record.ExceptionAsync(() => new BlocksDirectorySource(temp.Path).GetSummaryAsync(timeout.Token));

            Assert.IsType<ChainDataException>(error);
        }
    }

    private static Task<ChainDataException> ReadExpectingErrorAsync(string folder) =>
        Assert.ThrowsAsync<ChainDataException>(
            () => BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(folder), 0, null));
}
