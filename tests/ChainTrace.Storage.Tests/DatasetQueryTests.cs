using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Storage.Tests;

public sealed class DatasetQueryTests
{
    public sealed record Tag(string Address, string Label, double Confidence, BigInteger? Amount);

    private static readonly TableSchema<Tag> Tags = new TableSchemaBuilder<Tag>("tags")
        .String("address", t => t.Address)
        .String("label", t => t.Label)
        .Double("confidence", t => t.Confidence)
        .NullableUInt256("amount", t => t.Amount)
        .ReadWith(v => new Tag(v.GetString(0), v.GetString(1), v.GetDouble(2), v.GetNullableUInt256(3)))
        .Build();

    [Theory]
    [InlineData(ChainKind.Bitcoin)]
    [InlineData(ChainKind.Ethereum)]
    public void Open_NoParts_EveryChainTableIsAnEmptyTypedView(ChainKind chain)
    {
        using var temp = new TempDirectory();
        Dataset.OpenOrCreate(temp.Path, chain, "main").Dispose();

        using var query = DatasetQuery.Open(temp.Path);

        foreach (var table in ChainTables.For(chain))
        {
            Assert.Equal(0L, query.Execute($"SELECT count(*) FROM {table.Name}").Rows[0][0]);
            var described = query.Execute($"SELECT column_name, column_type FROM (DESCRIBE {table.Name})");
            Assert.Equal(table.Columns.Select(c => c.Name), described.Rows.Select(r => (string)r[0]!));
            Assert.Equal(table.Columns.Select(c => c.SqlType), described.Rows.Select(r => (string)r[1]!));
        }
    }

    [Fact]
    public async Task Open_WithParts_ViewTypesEqualEmptyViewTypes()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(SampleRows.Ethereum(0, 1), SampleRows.EthereumCheckpoint(0, 1));
        }

        using var query = DatasetQuery.Open(temp.Path);
        foreach (var table in EthereumTables.All)
        {
            var described = query.Execute($"SELECT column_type FROM (DESCRIBE {table.Name})");
            Assert.Equal(table.Columns.Select(c => c.SqlType), described.Rows.Select(r => (string)r[0]!));
        }
    }

    [Fact]
    public void Execute_InvalidSql_ThrowsDatasetQueryExceptionWithDuckDbMessage()
    {
        using var temp = new TempDirectory();
        Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main").Dispose();
        using var query = DatasetQuery.Open(temp.Path);

        var syntax = Assert.Throws<DatasetQueryException>(() => query.Execute("SELEC 1"));
        var table = Assert.Throws<DatasetQueryException>(() => query.Execute("SELECT * FROM no_such_table"));
        var column = Assert.Throws<DatasetQueryException>(() => query.Execute("SELECT no_such_column FROM outputs"));

        Assert.Contains("syntax error", syntax.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no_such_table", table.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_column", column.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FileOutsideDataset_IsRefused()
    {
        using var temp = new TempDirectory();
        using var outside = new TempDirectory();
        Dataset.OpenOrCreate(temp.Combine("ds"), ChainKind.Bitcoin, "main").Dispose();
        File.WriteAllText(outside.Combine("secret.csv"), "a\n1\n");
        using var query = DatasetQuery.Open(temp.Combine("ds"));

        Assert.Throws<DatasetQueryException>(() => query.Execute($"SELECT * FROM read_csv('{outside.Combine("secret.csv")}')"));
        Assert.Throws<DatasetQueryException>(() => query.Execute("SET enable_external_access = true"));
    }

    [Fact]
    public async Task Stream_LargeResult_YieldsRowsWithColumnsKnownUpFront()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(SampleRows.Bitcoin(0, 99), SampleRows.BitcoinCheckpoint(0, 99));
        }

        using var query = DatasetQuery.Open(temp.Path);
        using var rows = query.Stream("SELECT block_number, \"index\" FROM outputs ORDER BY block_number, transaction_hash, \"index\"");

        Assert.Equal(["block_number", "index"], rows.Columns);
        Assert.Equal(400, rows.Count());
        Assert.Throws<InvalidOperationException>(() => rows.GetEnumerator());
    }

    [Fact]
    public void Stream_ErrorWhileReading_ThrowsDatasetQueryException()
    {
        using var temp = new TempDirectory();
        Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main").Dispose();
        using var query = DatasetQuery.Open(temp.Path);

        Assert.Throws<DatasetQueryException>(() => query.Stream("SELECT CAST('x' || i AS INTEGER) FROM range(3) t(i)").ToList());
    }

    [Fact]
    public async Task WriteTableAsync_DerivedTable_ReplacesWholeAndGetsAView()
    {
        using var temp = new TempDirectory();
        var first = new[] { new Tag("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "satoshi", 1.0, null) };
        var second = new[]
        {
            new Tag("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "genesis", 0.5, SampleRows.MaxUInt256),
            new Tag("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "exchange, hot", 0.25, 7),
        };
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.WriteTableAsync(Tags, first);
            await dataset.WriteTableAsync(Tags, second);
            await Assert.ThrowsAsync<ArgumentException>(() => dataset.WriteTableAsync(BitcoinTables.Outputs, []));
        }

        using var query = DatasetQuery.Open(temp.Path);
        Assert.Contains("tags", query.Tables);
        Assert.Equal(second, query.Read(Tags));
        Assert.Equal("BIGNUM", query.Execute("SELECT typeof(CAST(amount AS BIGNUM)) FROM tags LIMIT 1").Rows[0][0]);
        using var typed = DatasetQuery.Open(temp.Path, [Tags]);
        Assert.Equal(SampleRows.MaxUInt256 + 7, typed.Execute("SELECT sum(amount) FROM tags").Rows[0][0]);
    }

    [Fact]
    public void Open_DerivedSchemaWithoutFile_GivesEmptyView()
    {
        using var temp = new TempDirectory();
        Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main").Dispose();

        using var plain = DatasetQuery.Open(temp.Path);
        using var query = DatasetQuery.Open(temp.Path, [Tags]);

        Assert.DoesNotContain("tags", plain.Tables);
        Assert.Empty(plain.Read(Tags));
        Assert.Equal(0L, query.Execute("SELECT count(*) FROM tags").Rows[0][0]);
        Assert.Equal(["address", "label", "confidence", "amount"], query.Execute("SELECT * FROM tags").Columns);
    }

    [Fact]
    public async Task Open_SnapshotAtOpen_LaterCommitsInvisibleUntilReopened()
    {
        using var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main");
        await dataset.CommitAsync(SampleRows.Bitcoin(0, 0), SampleRows.BitcoinCheckpoint(0, 0));
        using var before = DatasetQuery.Open(temp.Path);

        await dataset.CommitAsync(SampleRows.Bitcoin(1, 1), SampleRows.BitcoinCheckpoint(0, 1));
        using var after = DatasetQuery.Open(temp.Path);

        Assert.Equal(1L, before.Execute("SELECT count(*) FROM blocks").Rows[0][0]);
        Assert.Equal(2L, after.Execute("SELECT count(*) FROM blocks").Rows[0][0]);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(SampleRows.Bitcoin(0, 3), SampleRows.BitcoinCheckpoint(0, 3));
        }

        using var query = DatasetQuery.Open(temp.Path);
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in query.ReadAsync(BitcoinTables.Outputs, cancel.Token))
            {
                seen++;
                await cancel.CancelAsync();
            }
        });
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task WriteTableAsync_NoRows_ViewHasColumnsAndNoRows()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.WriteTableAsync(Tags, []);
        }

        using var query = DatasetQuery.Open(temp.Path);
        var result = query.Execute("SELECT * FROM tags");

        Assert.Equal(["address", "label", "confidence", "amount"], result.Columns);
        Assert.Empty(result.Rows);
    }
}
