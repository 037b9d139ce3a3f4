using System.Globalization;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.IntegrationTests.Infrastructure;
using static ChainTrace.IntegrationTests.Bitcoin.DatasetAssertions;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>Mainnet blocks 0–599 from Bitcoin Core blk files, end to end into the dataset.</summary>
public sealed class BitcoinChainIngestTests
{
    private static string BlkDir => SharedData.PathOf("bitcoin/blk");

    [SharedDataFact]
    public async Task RunAsync_Blocks0To599_MatchExpectedChainFacts()
    {
        using var temp = new TempDirectory();
        var expected = ExpectedChain.Load();
        var dataset = temp.Sub("btc.ds");

        var summary = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(dataset);

        Assert.Equal(600, summary.Blocks);
        Assert.Equal(expected.TransactionCount, summary.Transactions);
        Assert.Equal(expected.FinalUtxoCount, summary.Utxo.Count);
        var hashes = Query(dataset, "SELECT hash FROM blocks ORDER BY number").Rows.Select(r => (string)r[0]!).ToList();
        Assert.Equal(expected.BlockHashes, hashes);
        Assert.Equal(expected.TransactionCount, Scalar(dataset, "SELECT count(*) FROM transactions"));
        Assert.Equal(0, Scalar(dataset, "SELECT count(*) FROM inputs WHERE spent_transaction_hash IS NOT NULL AND (value IS NULL OR address IS NULL)"));
        Assert.Equal(0, Scalar(dataset, "SELECT count(*) FROM transactions WHERE fee IS NULL OR fee <> 0 OR input_value IS NULL"));
        Assert.Equal(expected.FinalUtxoCount, Scalar(dataset, Unspent("count(*)")));
        Assert.Equal(expected.FinalUtxoTotal, Scalar(dataset, Unspent("sum(o.value)")));
        var multiInput = Query(dataset, "SELECT hash FROM transactions WHERE input_count > 1 ORDER BY hash").Rows.Select(r => (string)r[0]!);
        Assert.Equal(expected.MultiInputTxids.Order(StringComparer.Ordinal), multiInput);
    }

    [SharedDataFact]
    public async Task RunAsync_Blocks0To599_ResolvesEverySpendToTheExpectedPrevout()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");
        await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(dataset);

        var inputs = Query(dataset, "SELECT transaction_hash, index, spent_transaction_hash, spent_output_index, value, address FROM inputs WHERE spent_transaction_hash IS NOT NULL")
            .Rows.ToDictionary(r => ((string)r[0]!, Convert.ToInt32(r[1], CultureInfo.InvariantCulture)));
        var checkedInputs = 0;
        foreach (var tx in ExpectedChain.Load().NonCoinbaseTransactions)
        {
            var txid = tx.GetProperty("txid").GetString()!;
            var index = 0;
            foreach (var input in tx.GetProperty("inputs").EnumerateArray())
            {
                var row = inputs[(txid, index++)];
                Assert.Equal(input.GetProperty("prev_txid").GetString(), row[2]);
                Assert.Equal(input.GetProperty("vout").GetInt64(), Convert.ToInt64(row[3], CultureInfo.InvariantCulture));
                Assert.Equal(input.GetProperty("value_sat").GetInt64(), Convert.ToInt64(row[4], CultureInfo.InvariantCulture));
                Assert.Equal(input.GetProperty("address").GetString(), row[5]);
                checkedInputs++;
            }
        }

        Assert.Equal(inputs.Count, checkedInputs);
    }

    [SharedDataFact]
    public async Task RunAsync_ResumedInTwoRuns_EqualsOneRun()
    {
        using var temp = new TempDirectory();
        var once = temp.Sub("once.ds");
        var twice = temp.Sub("twice.ds");
        await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(once);

        var first = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir), new BitcoinIngestOptions { ToHeight = 299 }).RunAsync(twice);
        var second = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(twice);
        var third = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(twice);

        Assert.Equal(300, first.Blocks);
        Assert.Equal(300, second.Blocks);
        Assert.Equal(0, second.ReplayedBlocks); // the snapshot written at height 299 spares the replay
        Assert.Equal(0, third.Blocks);
        foreach (var table in BitcoinTables)
        {
            Assert.Equal(Dump(once, table), Dump(twice, table));
        }
    }

    [SharedDataFact]
    public async Task RunAsync_WithoutSnapshot_ReplaysAndStillResolvesEverything()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");
        await new BitcoinIngestor(new BlocksDirectorySource(BlkDir), new BitcoinIngestOptions { ToHeight = 400 }).RunAsync(dataset);
        File.Delete(Path.Combine(dataset, "_state", "utxo.snapshot"));

        var resumed = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir)).RunAsync(dataset);

        Assert.Equal(401, resumed.ReplayedBlocks);
        Assert.Equal(199, resumed.Blocks);
        Assert.Equal(602, resumed.Utxo.Count);
        Assert.Equal(0, Scalar(dataset, "SELECT count(*) FROM inputs WHERE spent_transaction_hash IS NOT NULL AND value IS NULL"));
    }

    [SharedDataFact]
    public async Task RunAsync_FromAboveGenesis_WritesOnlyTheRangeWithSpendsResolved()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");

        var summary = await new BitcoinIngestor(new BlocksDirectorySource(BlkDir), new BitcoinIngestOptions { FromHeight = 500, ToHeight = 599 }).RunAsync(dataset);

        Assert.Equal(100, summary.Blocks);
        Assert.Equal(500, summary.ReplayedBlocks);
        Assert.Equal(500, Scalar(dataset, "SELECT min(number) FROM blocks"));
        Assert.Equal(0, Scalar(dataset, "SELECT count(*) FROM inputs WHERE spent_transaction_hash IS NOT NULL AND value IS NULL"));
    }

    [SharedDataFact]
    public async Task RunAsync_FromLeavingAGap_IsRefusedWithoutTouchingTheDataset()
    {
        using var temp = new TempDirectory();
        var dataset = temp.Sub("btc.ds");
        await new BitcoinIngestor(new BlocksDirectorySource(BlkDir), new BitcoinIngestOptions { ToHeight = 99 }).RunAsync(dataset);
        var before = Dump(dataset, "transactions");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            new BitcoinIngestor(new BlocksDirectorySource(BlkDir), new BitcoinIngestOptions { FromHeight = 200 }).RunAsync(dataset));

        Assert.Contains("gap", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Dump(dataset, "transactions"));
    }

    private static string Unspent(string select) =>
        $"SELECT {select} FROM outputs o ANTI JOIN inputs i ON i.spent_transaction_hash = o.transaction_hash AND i.spent_output_index = o.index";
}
