using ChainTrace.Core;

namespace ChainTrace.Storage.Tests;

public sealed class CheckpointTests
{
    private static async Task<TempDirectory> BitcoinDatasetAsync(long first, long last)
    {
        var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");
        await dataset.CommitAsync(SampleRows.Bitcoin(first, last), SampleRows.BitcoinCheckpoint(first, last));
        return temp;
    }

    private static string Snapshot(string path)
    {
        using var query = DatasetQuery.Open(path);
        return string.Join(
            "|",
            query.Tables.Select(t => QueryResultFormatter.ToCsv(query.Execute($"SELECT * FROM {t}"))));
    }

    [Fact]
    public void OpenOrCreate_NewFolder_WritesManifestWithoutCheckpoint()
    {
        using var temp = new TempDirectory();
        var time = new FixedTime(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var path = temp.Combine("ds");

        using (Dataset.OpenOrCreate(path, ChainKind.Bitcoin, "main", time))
        {
        }

        var reopened = Dataset.OpenExisting(path);
        Assert.Equal(ChainKind.Bitcoin, reopened.Manifest.Chain);
        Assert.Equal("main", reopened.Manifest.Network);
        Assert.Equal(Dataset.CurrentSchemaVersion, reopened.Manifest.SchemaVersion);
        Assert.Null(reopened.Checkpoint);
        Assert.Equal(time.GetUtcNow(), reopened.Manifest.CreatedAt);
    }

    [Fact]
    public async Task CommitAsync_Success_MovesCheckpointAndNamesPartByRange()
    {
        using var temp = await BitcoinDatasetAsync(0, 599);

        var dataset = Dataset.OpenExisting(temp.Path);
        Assert.Equal(new DatasetCheckpoint(0, 599, SampleRows.Hash(599, 0).ToReversedHex()), dataset.Checkpoint);
        Assert.True(File.Exists(temp.Combine("outputs", "part-00000000000000000000-00000000000000000599.parquet")));
        Assert.Contains("\"last_block\": 599", File.ReadAllText(temp.Combine("dataset.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitAsync_RangeNotFollowingCheckpoint_ThrowsArgumentException()
    {
        using var temp = await BitcoinDatasetAsync(0, 9);
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");

        // A gap (11 … 20), an overlap (9 … 20) and a moved FirstBlock are all refused.
        await Assert.ThrowsAsync<ArgumentException>(() => dataset.CommitAsync(SampleRows.Bitcoin(11, 20), SampleRows.BitcoinCheckpoint(0, 20)));
        await Assert.ThrowsAsync<ArgumentException>(() => dataset.CommitAsync(SampleRows.Bitcoin(9, 20), SampleRows.BitcoinCheckpoint(0, 20)));
        await Assert.ThrowsAsync<ArgumentException>(() => dataset.CommitAsync(SampleRows.Bitcoin(10, 20), SampleRows.BitcoinCheckpoint(5, 20)));
        await Assert.ThrowsAsync<ArgumentException>(() => dataset.CommitAsync(SampleRows.Bitcoin(10, 20), SampleRows.BitcoinCheckpoint(0, 9)));

        Assert.Equal(9, dataset.Checkpoint!.LastBlock);
        Assert.Single(Directory.GetFiles(temp.Combine("blocks")));
    }

    [Fact]
    public async Task CommitAsync_FirstCommit_MayStartAnywhere()
    {
        using var temp = await BitcoinDatasetAsync(700_000, 700_002);

        Assert.Equal(700_000, Dataset.OpenExisting(temp.Path).Checkpoint!.FirstBlock);
    }

    [Fact]
    public async Task CommitAsync_CheckpointHashNotLastBlock_Throws()
    {
        using var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");

        await Assert.ThrowsAsync<ArgumentException>(
            () => dataset.CommitAsync(SampleRows.Bitcoin(0, 3), new DatasetCheckpoint(0, 3, SampleRows.Hash(2, 0).ToReversedHex())));
    }

    [Fact]
    public async Task OpenOrCreate_PartsBeyondCheckpointAndTempFiles_RecoversToCommittedState()
    {
        using var temp = await BitcoinDatasetAsync(0, 9);
        var before = Snapshot(temp.Path);

        // Simulate a commit killed after renaming its parts but before moving the checkpoint, plus stray temp files.
        using (var other = new TempDirectory())
        {
            using (var scratch = Dataset.OpenOrCreate(other.Path, ChainKind.Bitcoin, "main"))
            {
                await scratch.CommitAsync(SampleRows.Bitcoin(10, 19), SampleRows.BitcoinCheckpoint(10, 19));
            }

            foreach (var table in new[] { "blocks", "transactions", "inputs", "outputs" })
            {
                var name = "part-00000000000000000010-00000000000000000019.parquet";
                File.Copy(other.Combine(table, name), temp.Combine(table, name));
            }
        }

        File.WriteAllText(temp.Combine("outputs", ".part-00000000000000000020-00000000000000000029.parquet.0123.tmp"), "half");
        File.WriteAllText(temp.Combine(".dataset.json.abcd.tmp"), "{");
        Assert.Equal(before, Snapshot(temp.Path)); // readers never see parts beyond the checkpoint

        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
        }

        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "part-00000000000000000010-*", SearchOption.AllDirectories));
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public async Task OpenOrCreate_AfterRecovery_ResumesWithoutDuplicates()
    {
        using var temp = await BitcoinDatasetAsync(0, 9);
        File.Copy(temp.Combine("blocks", "part-00000000000000000000-00000000000000000009.parquet"), temp.Combine("blocks", "part-00000000000000000010-00000000000000000019.parquet"));

        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(SampleRows.Bitcoin(10, 19), SampleRows.BitcoinCheckpoint(0, 19));
        }

        using var query = DatasetQuery.Open(temp.Path);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), query.Read(BitcoinTables.Blocks).Select(b => b.Number));
    }

    [Fact]
    public async Task OpenOrCreate_OtherChainOrNetwork_ThrowsClearly()
    {
        using var temp = await BitcoinDatasetAsync(0, 0);

        var chain = Assert.Throws<InvalidOperationException>(() => Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "main"));
        var network = Assert.Throws<InvalidOperationException>(() => Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "testnet"));

        Assert.Contains("holds bitcoin main, not ethereum main", chain.Message, StringComparison.Ordinal);
        Assert.Contains("not bitcoin testnet", network.Message, StringComparison.Ordinal);
        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "MAIN"))
        {
        }
    }

    [Fact]
    public void OpenOrCreate_SecondWriter_ThrowsWhileFirstIsOpen()
    {
        using var temp = new TempDirectory();
        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            var error = Assert.Throws<InvalidOperationException>(() => Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"));
            Assert.Contains("another process", error.Message, StringComparison.Ordinal);
        }

        using (Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
        }
    }

    [Fact]
    public void OpenOrCreate_NonEmptyFolderWithoutManifest_Throws()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("notes.txt"), "mine");

        var error = Assert.Throws<InvalidOperationException>(() => Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("dataset.json")));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{"format":"chaintrace-dataset","schema_version":1,"chain":"dogecoin","network":"main","created":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z","checkpoint":null}""")]
    [InlineData("""{"format":"chaintrace-dataset","schema_version":1,"chain":"bitcoin","network":"main","created":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z","checkpoint":{"first_block":5,"last_block":2,"last_block_hash":"00"}}""")]
    [InlineData("""{"format":"chaintrace-dataset","chain":"bitcoin","network":"main","created":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z"}""")]
    [InlineData("""{"format":"chaintrace-dataset","schema_version":99999999999,"chain":"bitcoin","network":"main","created":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z"}""")]
    [InlineData("")]
    public void OpenExisting_CorruptManifest_ThrowsChainDataExceptionNamingFile(string content)
    {
        using var temp = new TempDirectory();
        var manifest = temp.Combine("dataset.json");
        File.WriteAllText(manifest, content);

        var error = Assert.Throws<ChainDataException>(() => Dataset.OpenExisting(temp.Path));
        var query = Assert.Throws<ChainDataException>(() => DatasetQuery.Open(temp.Path));

        Assert.Contains(manifest, error.Message, StringComparison.Ordinal);
        Assert.Equal(manifest, error.Location.File);
        Assert.Equal(manifest, query.Location.File);
    }

    [Fact]
    public void OpenExisting_NoDataset_ThrowsFileNotFound()
    {
        using var temp = new TempDirectory();

        Assert.Throws<FileNotFoundException>(() => Dataset.OpenExisting(temp.Combine("missing")));
        Assert.Throws<FileNotFoundException>(() => DatasetQuery.Open(temp.Path));
    }

    [Fact]
    public async Task CommitAsync_ReadOnlyOrWrongChain_ThrowsInvalidOperation()
    {
        using var temp = await BitcoinDatasetAsync(0, 0);
        var readOnly = Dataset.OpenExisting(temp.Path);
        using var writable = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");

        await Assert.ThrowsAsync<InvalidOperationException>(() => readOnly.CommitAsync(SampleRows.Bitcoin(1, 1), SampleRows.BitcoinCheckpoint(0, 1)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writable.CommitAsync(SampleRows.Ethereum(1, 1), SampleRows.EthereumCheckpoint(0, 1)));
    }

    [Fact]
    public async Task CommitAsync_Cancelled_LeavesStateBefore()
    {
        using var temp = await BitcoinDatasetAsync(0, 4);
        var before = Snapshot(temp.Path);
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => dataset.CommitAsync(SampleRows.Bitcoin(5, 9), SampleRows.BitcoinCheckpoint(0, 5 + 4), cancelled.Token));

        Assert.Equal(4, dataset.Checkpoint!.LastBlock);
        Assert.Equal(before, Snapshot(temp.Path));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void OpenExisting_NewerSchemaVersion_ThrowsInvalidOperation()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(
            temp.Combine("dataset.json"),
            """{"format":"chaintrace-dataset","schema_version":2,"chain":"bitcoin","network":"main","created":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z","checkpoint":null}""");

        var error = Assert.Throws<InvalidOperationException>(() => Dataset.OpenExisting(temp.Path));

        Assert.Contains("schema version 2", error.Message, StringComparison.Ordinal);
    }
}
