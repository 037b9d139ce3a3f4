using System.Globalization;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Ingest.Bitcoin;
using ChainTrace.Storage;

namespace ChainTrace.Scenarios.Tests;

/// <summary>The generated blocks folder through the real ingest into a dataset, checked against the answer key.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class IngestTests(ScenarioFixture fixture)
{
    [Fact]
    public async Task Ingest_GeneratedChain_CountsAgreeWithTheAnswerKeyAndEveryInputResolves()
    {
        using var dataset = new TempDirectory();
        var summary = await new BitcoinIngestor(new BlocksDirectorySource(fixture.Summary.BlocksDirectory)).RunAsync(dataset.Path);
        Assert.Equal(fixture.AnswerKey.Transactions, summary.Transactions);

        using var query = DatasetQuery.Open(dataset.Path);
        Assert.Equal(fixture.AnswerKey.Transactions, Scalar(query, "SELECT count(*) FROM transactions"));
        Assert.Equal(fixture.AnswerKey.Blocks, Scalar(query, "SELECT count(*) FROM blocks"));
        Assert.Equal(fixture.AnswerKey.Addresses, Scalar(query, "SELECT count(DISTINCT address) FROM outputs WHERE address IS NOT NULL"));
        Assert.Equal(0, Scalar(query, "SELECT count(*) FROM inputs WHERE spent_transaction_hash IS NOT NULL AND (value IS NULL OR address IS NULL)"));
        Assert.Equal(0, Scalar(query, "SELECT count(*) FROM transactions WHERE NOT is_coinbase AND (fee IS NULL OR fee < 0)"));

        var hashes = query.Execute("SELECT hash FROM transactions").Rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        Assert.True(hashes.SetEquals(fixture.Transactions.Select(t => t.Txid)));
        var addresses = query.Execute("SELECT DISTINCT address FROM outputs WHERE address IS NOT NULL").Rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        Assert.True(addresses.SetEquals(fixture.Addresses.Select(a => a.Address)));
    }

    private static long Scalar(DatasetQuery query, string sql) =>
        Convert.ToInt64(query.Execute(sql).Rows.Single()[0], CultureInfo.InvariantCulture);
}
