using System.Numerics;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Storage.Tests;

public sealed class EthereumRoundTripTests
{
    [Fact]
    public async Task CommitAsync_AllTables_ReadBackEqualIncludingBigValuesAndNulls()
    {
        using var temp = new TempDirectory();
        var batch = SampleRows.Ethereum(100, 119);
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(100, 119));
        }

        using var query = DatasetQuery.Open(temp.Path);
        Assert.Equal(batch.Blocks, query.Read(EthereumTables.Blocks));
        Assert.Equal(batch.Transactions, query.Read(EthereumTables.Transactions));
        Assert.Equal(batch.Logs, query.Read(EthereumTables.Logs));
        Assert.Equal(batch.TokenTransfers, query.Read(EthereumTables.TokenTransfers));
        Assert.Equal(batch.Traces, query.Read(EthereumTables.Traces));
    }

    [Fact]
    public async Task Query_MaxUInt256AndAbove2To128_ReturnedExactly()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(SampleRows.Ethereum(0, 0), SampleRows.EthereumCheckpoint(0, 0));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var values = query.Execute("SELECT value FROM transactions ORDER BY value DESC").Rows.Select(r => r[0]).ToArray();
        var tokenId = query.Execute("SELECT token_id, typeof(token_id) FROM token_transfers WHERE token_id IS NOT NULL").Rows[0];

        Assert.Equal([SampleRows.MaxUInt256, SampleRows.Above2To128], values);
        Assert.Equal("115792089237316195423570985008687907853269984665640564039457584007913129639935", tokenId[0]!.ToString());
        Assert.Equal("BIGNUM", tokenId[1]);
    }

    [Fact]
    public async Task Query_SumOfManyValuesAbove2To64_IsExact()
    {
        using var temp = new TempDirectory();
        var batch = SampleRows.Ethereum(0, 499);
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(0, 499));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var erc20 = query.Execute("SELECT sum(value) FROM token_transfers WHERE standard = 'erc20'").Rows[0][0];
        var all = query.Execute("SELECT sum(value) FROM transactions").Rows[0][0];
        var raw = query.Execute(
            $"SELECT sum(CAST(value AS BIGNUM))::VARCHAR FROM read_parquet('{Path.Combine(temp.Path, "transactions", "*.parquet")}')").Rows[0][0];

        var expectedErc20 = batch.TokenTransfers.Where(t => t.Standard == "erc20").Aggregate(BigInteger.Zero, (s, t) => s + t.Value);
        var expectedAll = batch.Transactions.Aggregate(BigInteger.Zero, (s, t) => s + t.Value);
        Assert.True(expectedErc20 > ulong.MaxValue);
        Assert.True(expectedAll > SampleRows.MaxUInt256); // the sum itself leaves uint256 and HUGEINT range
        Assert.Equal(expectedErc20, erc20);
        Assert.Equal(expectedAll, all);
        Assert.Equal(expectedAll.ToString(), raw);
    }

    [Fact]
    public async Task RawParquet_Uint256Column_IsDecimalDigitsString()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(SampleRows.Ethereum(3, 3), SampleRows.EthereumCheckpoint(3, 3));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var row = query.Execute(
            $"SELECT typeof(value), value FROM read_parquet('{Path.Combine(temp.Path, "traces", "*.parquet")}') WHERE trace_type = 'reward'").Rows[0];

        Assert.Equal(["VARCHAR", "2000000000000000000"], row);
    }

    [Fact]
    public async Task CommitAsync_NegativeValue_ThrowsAndWritesNothing()
    {
        using var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");
        var batch = SampleRows.Ethereum(0, 0);
        batch.Traces[0] = batch.Traces[0] with { Value = BigInteger.MinusOne };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(0, 0)));

        Assert.Null(dataset.Checkpoint);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.parquet", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task CommitAsync_ValueAbove2To256_Throws()
    {
        using var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");
        var batch = SampleRows.Ethereum(0, 0);
        batch.TokenTransfers.Add(batch.TokenTransfers[0] with { Value = BigInteger.One << 256 });

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(0, 0)));
    }

    [Fact]
    public async Task CommitAsync_NullInNonNullableColumn_ThrowsNamingColumn()
    {
        using var temp = new TempDirectory();
        using var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet");
        var batch = SampleRows.Ethereum(0, 0);
        batch.Logs.Add(new EthereumLogRow(0, null!, 0, 2, "0x00", "0x", null, null, null, null));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dataset.CommitAsync(batch, SampleRows.EthereumCheckpoint(0, 0)));

        Assert.Contains("logs", error.Message, StringComparison.Ordinal);
        Assert.Contains("transaction_hash", error.Message, StringComparison.Ordinal);
    }
}
