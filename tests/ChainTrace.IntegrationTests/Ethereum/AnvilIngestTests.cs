using System.Globalization;
using ChainTrace.Ethereum.Source;
using ChainTrace.Testing.Ethereum;

namespace ChainTrace.IntegrationTests.Ethereum;

/// <summary>The scripted scenario on a real Anvil node lands in the dataset with the right values.</summary>
[Collection(AnvilTests.Name)]
public sealed class AnvilIngestTests(AnvilScenarioFixture fixture) : IClassFixture<AnvilScenarioFixture>
{
    private string Dataset => fixture.AutoDataset;

    private AnvilScenario Scenario => fixture.Scenario;

    [Fact]
    public void Ingest_AnvilScenario_WritesEveryBlockAndTransactionOnce()
    {
        var blocks = DatasetFacts.AssertConsistent(Dataset);

        Assert.Equal(fixture.AutoSummary.LastBlock + 1, blocks);
        Assert.True(fixture.AutoSummary.LastBlock >= Scenario.Blocks.Last);
        Assert.Equal(Scenario.Transactions.Count.ToString(CultureInfo.InvariantCulture), DatasetFacts.Scalar(Dataset, "SELECT count(*) FROM transactions"));
        Assert.Equal(ReceiptMode.BlockReceipts, fixture.AutoSummary.ReceiptMode);
        Assert.Contains(fixture.AutoSummary.TraceMode, new[] { TraceMode.Parity, TraceMode.Geth });
    }

    [Fact]
    public void Ingest_PlainTransfers_HaveExactWeiValues()
    {
        Assert.Equal("1500000000000000000", Value("eth a->b"));
        Assert.Equal("250000000000000000", Value("eth b->c"));
        Assert.Equal("1234567890123456789", Value("eth a->d"));
        Assert.Equal(Scenario.Accounts[1], Column("eth a->b", "to_address"));
        Assert.Equal(Scenario.Accounts[0], Column("eth a->b", "from_address"));
    }

    [Fact]
    public void Ingest_Erc20_TransfersAbove2Pow128AreExact()
    {
        var rows = DatasetFacts.Rows(Dataset, $"SELECT from_address, to_address, CAST(value AS VARCHAR), token_id FROM token_transfers WHERE standard = 'erc20' AND token_address = '{Scenario.Contracts["TestToken"]}' ORDER BY block_number, log_index");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["0x0000000000000000000000000000000000000000", Scenario.Accounts[0], AnvilScenario.Supply.ToString(CultureInfo.InvariantCulture), string.Empty], rows[0]);
        Assert.Equal([Scenario.Accounts[0], Scenario.Accounts[1], AnvilScenario.LargeAmount.ToString(CultureInfo.InvariantCulture), string.Empty], rows[1]);
        Assert.Equal("5", rows[2][2]);
        Assert.Equal(
            (AnvilScenario.LargeAmount - 5).ToString(CultureInfo.InvariantCulture),
            DatasetFacts.Scalar(Dataset, $"SELECT CAST(sum(CASE WHEN to_address = '{Scenario.Accounts[1]}' THEN value ELSE -value END) AS VARCHAR) FROM token_transfers WHERE standard = 'erc20' AND '{Scenario.Accounts[1]}' IN (from_address, to_address)"));
    }

    [Fact]
    public void Ingest_Erc721_MintAndTransferCarryTokenId()
    {
        var rows = DatasetFacts.Rows(Dataset, $"SELECT from_address, to_address, CAST(token_id AS VARCHAR), CAST(value AS VARCHAR) FROM token_transfers WHERE standard = 'erc721' ORDER BY block_number");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["0x0000000000000000000000000000000000000000", Scenario.Accounts[1], "42", "1"], rows[0]);
        Assert.Equal([Scenario.Accounts[1], Scenario.Accounts[2], "42", "1"], rows[1]);
    }

    [Fact]
    public void Ingest_Erc1155_BatchGivesOneRowPerIdAndSingleTransferOneRow()
    {
        var batch = DatasetFacts.Rows(Dataset, $"SELECT CAST(token_id AS VARCHAR), CAST(value AS VARCHAR), log_index, to_address FROM token_transfers WHERE standard = 'erc1155' AND transaction_hash = '{Scenario.Transactions["erc1155 batch"]}' ORDER BY token_id");
        var single = DatasetFacts.Rows(Dataset, $"SELECT CAST(token_id AS VARCHAR), CAST(value AS VARCHAR), from_address, to_address FROM token_transfers WHERE standard = 'erc1155' AND transaction_hash = '{Scenario.Transactions["erc1155 c->d"]}'");

        Assert.Equal(AnvilScenario.BatchIds.Select(i => i.ToString(CultureInfo.InvariantCulture)), batch.Select(r => r[0]));
        Assert.Equal(AnvilScenario.BatchAmounts.Select(a => a.ToString(CultureInfo.InvariantCulture)), batch.Select(r => r[1]));
        Assert.Single(batch.Select(r => r[2]).Distinct());
        Assert.All(batch, r => Assert.Equal(Scenario.Accounts[2], r[3]));
        Assert.Equal(["2", "5", Scenario.Accounts[2], Scenario.Accounts[3]], Assert.Single(single));
    }

    [Fact]
    public void Ingest_ForwardedEth_AppearsOnlyInTraces()
    {
        var forwarder = Scenario.Contracts["Forwarder"];
        var d = Scenario.Accounts[3];
        var internalRows = DatasetFacts.Rows(Dataset, $"SELECT trace_address, CAST(value AS VARCHAR), status FROM traces WHERE transaction_hash = '{Scenario.Transactions["forward"]}' AND from_address = '{forwarder}' AND to_address = '{d}'");

        Assert.Equal(["0", "3000000000000000000", "1"], Assert.Single(internalRows));
        Assert.Equal(forwarder, Column("forward", "to_address"));
        Assert.Equal("0", DatasetFacts.Scalar(Dataset, $"SELECT count(*) FROM transactions WHERE to_address = '{d}' AND hash = '{Scenario.Transactions["forward"]}'"));
    }

    [Fact]
    public void Ingest_SwallowedInnerRevert_KeepsFailedFrameWithErrorInSucceededTransaction()
    {
        var forwarder = Scenario.Contracts["Forwarder"];
        var rows = DatasetFacts.Rows(Dataset, $"SELECT trace_address, from_address, to_address, CAST(value AS VARCHAR), status, error FROM traces WHERE transaction_hash = '{Scenario.Transactions["forward swallow"]}' ORDER BY trace_address");

        Assert.Equal("1", Column("forward swallow", "receipt_status"));
        Assert.Contains(rows, r => r[0] == "0" && r[2] == Scenario.Accounts[3] && r[3] == "1000000000000000000" && r[4] == "1");
        var failed = Assert.Single(rows, r => r[4] == "0");
        Assert.Equal((forwarder, forwarder, "1000000000000000000"), (failed[1], failed[2], failed[3]));
        Assert.False(string.IsNullOrEmpty(failed[5]));
    }

    [Fact]
    public void Ingest_RevertedTransaction_HasReceiptStatusZeroAndFailedRootTrace()
    {
        Assert.Equal("0", Column("revert", "receipt_status"));
        var root = DatasetFacts.Rows(Dataset, $"SELECT status, error FROM traces WHERE transaction_hash = '{Scenario.Transactions["revert"]}' AND trace_address = ''");

        var row = Assert.Single(root);
        Assert.Equal("0", row[0]);
        Assert.False(string.IsNullOrEmpty(row[1]));
    }

    [Fact]
    public void Ingest_ContractCreations_RecordCreatedAddresses()
    {
        foreach (var (name, address) in Scenario.Contracts)
        {
            Assert.Equal(address, Column($"deploy {name}", "receipt_contract_address"));
            Assert.Equal(string.Empty, Column($"deploy {name}", "to_address"));
        }
    }

    [Fact]
    public void Ingest_GethAndParityTraces_AgreeOnValueTransfers()
    {
        const string sql = "SELECT transaction_hash, trace_address, trace_type, coalesce(call_type, ''), from_address, to_address, CAST(value AS VARCHAR), status FROM traces WHERE transaction_hash IS NOT NULL ORDER BY 1, 2";
        var auto = DatasetFacts.Rows(fixture.AutoDataset, sql);
        var geth = DatasetFacts.Rows(fixture.GethDataset, sql);

        Assert.Equal(TraceMode.Geth, fixture.GethSummary.TraceMode);
        Assert.NotEmpty(geth);
        Assert.Equal(auto.Select(r => string.Join('|', r)), geth.Select(r => string.Join('|', r)));
    }

    private string Value(string label) => Column(label, "CAST(value AS VARCHAR)");

    private string Column(string label, string column) =>
        DatasetFacts.Scalar(Dataset, $"SELECT {column} FROM transactions WHERE hash = '{Scenario.Transactions[label]}'");
}
