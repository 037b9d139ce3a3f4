using System.Buffers.Binary;
using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Scenarios.Tests;

/// <summary>blk file framing, rolling and obfuscation as Bitcoin Core writes them.</summary>
public sealed class FileLayoutTests
{
    private static readonly byte[] RegtestMagic = [0xfa, 0xbf, 0xb5, 0xda];

    [Fact]
    public async Task GenerateAsync_SmallFileLimit_RollsToNewFilesBeforeTheLimit()
    {
        using var directory = new TempDirectory();
        const long limit = 64 * 1024;
        var summary = await new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = directory.Path,
            Transactions = 2_000,
            MaxBlockFileBytes = limit,
        }).GenerateAsync();

        Assert.True(summary.BlockFiles.Count > 5, $"{summary.BlockFiles.Count} files");
        for (var i = 0; i < summary.BlockFiles.Count; i++)
        {
            Assert.EndsWith($"blk{i:D5}.dat", summary.BlockFiles[i], StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(summary.BlockFiles[i]);
            var records = Records(bytes);
            Assert.True(bytes.Length <= limit || records == 1, $"file {i}: {bytes.Length} bytes in {records} records");
            if (i + 1 < summary.BlockFiles.Count)
            {
                var next = await File.ReadAllBytesAsync(summary.BlockFiles[i + 1]);
                Assert.True(bytes.Length + 8 + BinaryPrimitives.ReadUInt32LittleEndian(next.AsSpan(4)) > limit, "a file was rolled early");
            }
        }

        Assert.False(File.Exists(Path.Combine(summary.BlocksDirectory, "xor.dat")));
        var chain = await ParsedChain.ReadAsync(summary.BlocksDirectory);
        Assert.Equal(summary.Blocks, chain.Blocks.Count);
        Assert.Equal(summary.TipHash, chain.Blocks[^1].Block.Hash.ToReversedHex());
        Assert.Empty(ChainChecks.Violations(chain));
    }

    [Fact]
    public async Task GenerateAsync_Obfuscated_XorsEveryByteWithTheKeyInXorDat()
    {
        using var plain = new TempDirectory();
        using var obfuscated = new TempDirectory();
        var plainSummary = await Generate(plain.Path, obfuscate: false);
        var summary = await Generate(obfuscated.Path, obfuscate: true);

        var key = await File.ReadAllBytesAsync(Path.Combine(summary.BlocksDirectory, "xor.dat"));
        Assert.Equal(8, key.Length);
        Assert.Contains(key, b => b != 0);
        var clear = await File.ReadAllBytesAsync(plainSummary.BlockFiles[0]);
        var hidden = await File.ReadAllBytesAsync(summary.BlockFiles[0]);
        Assert.Equal(clear.Length, hidden.Length);
        Assert.Equal(RegtestMagic, clear[..4]);
        Assert.NotEqual(RegtestMagic, hidden[..4]);
        for (var i = 0; i < hidden.Length; i++)
        {
            Assert.True((byte)(hidden[i] ^ key[i % 8]) == clear[i], $"byte {i} is not clear ^ key[{i % 8}]");
        }

        Assert.Equal(plainSummary.TipHash, summary.TipHash);
    }

    private static Task<BitcoinScenarioSummary> Generate(string directory, bool obfuscate) =>
        new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = directory,
            Transactions = BitcoinScenarioOptions.MinTransactions,
            Obfuscate = obfuscate,
        }).GenerateAsync();

    private static int Records(byte[] file)
    {
        var count = 0;
        for (var offset = 0; offset < file.Length; count++)
        {
            Assert.Equal(RegtestMagic, file[offset..(offset + 4)]);
            offset += 8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 4));
        }

        return count;
    }
}
