using System.Buffers.Binary;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Sources;

/// <summary>Measures process-wide allocation, so it runs alone.</summary>
[CollectionDefinition(nameof(AllocationBoundTests), DisableParallelization = true)]
public sealed class AllocationBoundGroup;

[Collection(nameof(AllocationBoundTests))]
public sealed class AllocationBoundTests
{
    [Theory]
    [InlineData(0xFFFFFFFFu, "limit")]
    [InlineData(0x7FFFFFFFu, "limit")]
    [InlineData(32u * 1024 * 1024 + 1, "limit")]
    [InlineData(30u * 1024 * 1024, "remain in the file")]
    public async Task ReadBlocksAsync_HugeClaimedLength_ReportedWithoutAllocatingIt(uint claimed, string reason)
    {
        using var temp = new TempDirectory();
        var path = temp.File("blk00000.dat");
        var frame = new byte[8 + 200];
        BlkFixtures.MainMagic.CopyTo(frame, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), claimed);
        await File.WriteAllBytesAsync(path, frame);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<ChainDataException>(
            () => BlocksDirectorySourceTests.ReadAllAsync(new BlocksDirectorySource(temp.Path), 0, null));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated} bytes");
        Assert.Equal(path, error.Location.File);
        Assert.Equal(0, error.Location.Offset);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
