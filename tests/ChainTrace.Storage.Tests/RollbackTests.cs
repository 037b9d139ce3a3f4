using ChainTrace.Core;

namespace ChainTrace.Storage.Tests;

public sealed class RollbackTests
{
    private static async Task<(TempDirectory Temp, EthereumRowBatch All)> ThreeCommitsAsync()
    {
        var temp = new TempDirectory();
        var all = new EthereumRowBatch();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");
        foreach (var (first, last) in new[] { (100L, 109L), (110L, 119L), (120L, 129L) })
        {
            var batch = SampleRows.Ethereum(first, last);
            await dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(100, last));
            all.Blocks.AddRange(batch.Blocks);
            all.Transactions.AddRange(batch.Transactions);
            all.Logs.AddRange(batch.Logs);
            all.TokenTransfers.AddRange(batch.TokenTransfers);
            all.Traces.AddRange(batch.Traces);
        }

        return (temp, all);
    }

    private static void AssertHoldsUpTo(string path, EthereumRowBatch all, long height)
    {
        using var query = DatasetQuery.Open(path);
        Assert.Equal(all.Blocks.Where(r => r.Number <= height), query.Read(EthereumTables.Blocks));
        Assert.Equal(all.Transactions.Where(r => r.BlockNumber <= height), query.Read(EthereumTables.Transactions));
        Assert.Equal(all.Logs.Where(r => r.BlockNumber <= height), query.Read(EthereumTables.Logs));
        Assert.Equal(all.TokenTransfers.Where(r => r.BlockNumber <= height), query.Read(EthereumTables.TokenTransfers));
        Assert.Equal(all.Traces.Where(r => r.BlockNumber <= height), query.Read(EthereumTables.Traces));
    }

    [Fact]
    public async Task RollbackToAsync_StraddlingPart_RemovesExactlyRowsAboveHeight()
    {
        var (temp, all) = await ThreeCommitsAsync();
        using var _ = temp;
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.RollbackToAsync(114, SampleRows.EthHash(114, 0));
            Assert.Equal(new DatasetCheckpoint(100, 114, SampleRows.EthHash(114, 0)), dataset.Checkpoint);
        }

        AssertHoldsUpTo(temp.Path, all, 114);
        Assert.Equal(
            ["part-00000000000000000100-00000000000000000109.parquet", "part-00000000000000000110-00000000000000000114.parquet"],
            Directory.GetFiles(temp.Combine("traces")).Select(Path.GetFileName).Order());
        Assert.Equal(114, Dataset.OpenExisting(temp.Path).Checkpoint!.LastBlock);
    }

    [Fact]
    public async Task RollbackToAsync_ThenCommit_ContinuesFromNewHeight()
    {
        var (temp, all) = await ThreeCommitsAsync();
        using var _ = temp;
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");

        await dataset.RollbackToAsync(109, SampleRows.EthHash(109, 0));
        await dataset.CommitAsync(SampleRows.Ethereum(110, 112), SampleRows.EthereumCheckpoint(100, 112));

        AssertHoldsUpTo(temp.Path, all, 112);
    }

    [Fact]
    public async Task RollbackToAsync_BelowFirstBlock_EmptiesDataset()
    {
        var (temp, _) = await ThreeCommitsAsync();
        using var __ = temp;
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.RollbackToAsync(99, "ignored");
            Assert.Null(dataset.Checkpoint);
            Assert.Throws<InvalidOperationException>(() => { dataset.RollbackToAsync(50, "x").GetAwaiter().GetResult(); });
        }

        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.parquet", SearchOption.AllDirectories));
        using var query = DatasetQuery.Open(temp.Path);
        Assert.Equal(0L, query.Execute("SELECT count(*) FROM transactions").Rows[0][0]);
    }

    [Fact]
    public async Task RollbackToAsync_HeightOutOfRange_Throws()
    {
        var (temp, _) = await ThreeCommitsAsync();
        using var __ = temp;
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dataset.RollbackToAsync(130, "0x"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dataset.RollbackToAsync(98, "0x"));
        Assert.Equal(129, dataset.Checkpoint!.LastBlock);
    }

    [Fact]
    public async Task OpenOrCreate_KilledAfterRollbackMovedCheckpoint_FinishesTrim()
    {
        var (temp, all) = await ThreeCommitsAsync();
        using var _ = temp;

        // The state a kill leaves right after dataset.json moved to 114 but before any part was touched.
        var manifest = temp.Combine("dataset.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("\"last_block\": 129", "\"last_block\": 114", StringComparison.Ordinal)
            .Replace(SampleRows.EthHash(129, 0), SampleRows.EthHash(114, 0), StringComparison.Ordinal));
        AssertHoldsUpTo(temp.Path, all, 114); // readers already see the rolled-back state

        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
        }

        AssertHoldsUpTo(temp.Path, all, 114);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(temp.Path, "*.parquet", SearchOption.AllDirectories),
            f => f.Contains("-00000000000000000119.", StringComparison.Ordinal) || f.Contains("-00000000000000000129.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenOrCreate_KilledBetweenTrimRenameAndDelete_KeepsOneCopy()
    {
        var (temp, all) = await ThreeCommitsAsync();
        using var _ = temp;
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.RollbackToAsync(114, SampleRows.EthHash(114, 0));
        }

        // Put back the untrimmed part, as if the kill came after the trimmed file was renamed but before the old one was deleted.
        using (var other = new TempDirectory())
        {
            using (var scratch = Dataset.OpenOrCreate(other.Path, ChainKind.Ethereum, "mainnet"))
            {
                await scratch.CommitAsync(SampleRows.Ethereum(110, 119), SampleRows.EthereumCheckpoint(110, 119));
            }

            File.Copy(
                other.Combine("logs", "part-00000000000000000110-00000000000000000119.parquet"),
                temp.Combine("logs", "part-00000000000000000110-00000000000000000119.parquet"));
        }

        AssertHoldsUpTo(temp.Path, all, 114);
        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
        }

        AssertHoldsUpTo(temp.Path, all, 114);
        Assert.Equal(2, Directory.GetFiles(temp.Combine("logs")).Length);
    }

    [Fact]
    public async Task OpenOrCreate_CorruptStraddlingPart_ThrowsChainDataExceptionNamingFile()
    {
        var (temp, _) = await ThreeCommitsAsync();
        using var __ = temp;
        var manifest = temp.Combine("dataset.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"last_block\": 129", "\"last_block\": 124", StringComparison.Ordinal));
        var part = temp.Combine("blocks", "part-00000000000000000120-00000000000000000129.parquet");
        File.WriteAllBytes(part, [.. "PAR1"u8, .. new byte[64], .. "PAR1"u8]);

        var error = Assert.Throws<ChainDataException>(() => Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"));

        Assert.Equal(part, error.Location.File);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }
}
