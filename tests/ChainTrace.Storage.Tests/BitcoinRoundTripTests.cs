using ChainTrace.Core;

namespace ChainTrace.Storage.Tests;

public sealed class BitcoinRoundTripTests
{
    [Fact]
    public async Task CommitAsync_TwoBatches_EveryTableReadsBackEqual()
    {
        using var temp = new TempDirectory();
        var first = SampleRows.Bitcoin(0, 9);
        var second = SampleRows.Bitcoin(10, 24);
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(first, SampleRows.BitcoinCheckpoint(0, 9));
            await dataset.CommitAsync(second, SampleRows.BitcoinCheckpoint(0, 24));
        }

        using var query = DatasetQuery.Open(temp.Path);
        Assert.Equal([.. first.Blocks, .. second.Blocks], query.Read(BitcoinTables.Blocks));
        Assert.Equal([.. first.Transactions, .. second.Transactions], query.Read(BitcoinTables.Transactions));
        Assert.Equal([.. first.Inputs, .. second.Inputs], query.Read(BitcoinTables.Inputs));
        Assert.Equal([.. first.Outputs, .. second.Outputs], query.Read(BitcoinTables.Outputs));
    }

    [Fact]
    public async Task CommitAsync_NullableColumns_StoredAsSqlNull()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(SampleRows.Bitcoin(0, 5), SampleRows.BitcoinCheckpoint(0, 5));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var inputs = query.Execute(
            "SELECT count(*) FILTER (WHERE spent_transaction_hash IS NULL), count(*) FILTER (WHERE spent_output_index IS NULL), count(*) FILTER (WHERE value IS NULL) FROM inputs");
        var fees = query.Execute("SELECT count(*) FROM transactions WHERE fee IS NULL AND input_value IS NULL");
        var addresses = query.Execute("SELECT count(*) FROM outputs WHERE address IS NULL");

        Assert.Equal([6L, 6L, 6L], inputs.Rows[0]);
        Assert.Equal(2L, fees.Rows[0][0]); // heights 0 and 3
        Assert.Equal(12L, addresses.Rows[0][0]);
    }

    [Fact]
    public async Task CommitAsync_Hashes_StoredAsDisplayOrderHexAndSatoshisAsBigint()
    {
        using var temp = new TempDirectory();
        var batch = SampleRows.Bitcoin(7, 7);
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(batch, SampleRows.BitcoinCheckpoint(7, 7));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var block = query.Execute("SELECT hash, typeof(number), typeof(timestamp), bits FROM blocks").Rows[0];
        var total = query.Execute("SELECT typeof(max(value)), max(value) FROM outputs").Rows[0];

        Assert.Equal(batch.Blocks[0].Hash.ToReversedHex(), block[0]);
        Assert.Equal(["BIGINT", "BIGINT", "1d00ffff"], block[1..]);
        Assert.Equal("BIGINT", total[0]);
        Assert.Equal(long.MaxValue, total[1]);
    }

    [Fact]
    public async Task ReadUnspentBitcoinOutputs_SpentAndUnspent_ReturnsOnlyUnspent()
    {
        using var temp = new TempDirectory();
        var batch = SampleRows.Bitcoin(0, 4);
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            await dataset.CommitAsync(batch, SampleRows.BitcoinCheckpoint(0, 4));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var unspent = query.ReadUnspentBitcoinOutputs().OrderBy(u => u.BlockNumber).ThenBy(u => u.TransactionHash).ThenBy(u => u.Index).ToList();

        // Each block's spend consumes output 0 of the previous block's coinbase (block 0 spends an outside output).
        var spent = batch.Inputs.Where(i => i.SpentTransactionHash is not null)
            .Select(i => (i.SpentTransactionHash!.Value, (int)i.SpentOutputIndex!.Value)).ToHashSet();
        var expected = batch.Outputs.Where(o => !spent.Contains((o.TransactionHash, o.Index)))
            .Select(o => new UnspentOutputRow(o.TransactionHash, o.Index, o.Value, o.Type, o.Address, o.BlockNumber))
            .OrderBy(u => u.BlockNumber).ThenBy(u => u.TransactionHash).ThenBy(u => u.Index).ToList();
        Assert.Equal(20 - 4, expected.Count);
        Assert.Equal(expected, unspent);
    }

    [Fact]
    public async Task ReadUnspentBitcoinOutputs_EthereumDataset_Throws()
    {
        using var temp = new TempDirectory();
        Dataset.OpenOrCreate(temp.Path, ChainKind.Ethereum, "mainnet").Dispose();
        using var query = DatasetQuery.Open(temp.Path);

        Assert.Throws<InvalidOperationException>(() => query.ReadUnspentBitcoinOutputs().ToList());
        await Task.CompletedTask;
    }
}
