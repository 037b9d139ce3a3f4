using System.Globalization;
using System.Numerics;
using ChainTrace.Ethereum.Source;

namespace ChainTrace.Ethereum.Tests.Replay;

/// <summary>
/// Replays recorded mainnet answers (ethereum-etl fixtures) through <see cref="EthereumRpcSource"/> over HTTP and
/// compares the rows with the exporter's expected outputs recorded beside them.
/// </summary>
public sealed class RecordedBlocksTests
{
    private const string Blocks = "tests/resources/test_export_blocks_job";

    [SharedDataFact]
    public async Task GetBlocksAsync_Blocks47218To47219_MatchExpectedBlocksTransactionsAndReceipts()
    {
        await using var node = new RecordedNode(
            $"{Blocks}/blocks_with_transactions", "history_resources/test_export_blocks_job/blocks_with_transactions");
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(47218, 2);

        AssertBlocks(blocks, $"{Blocks}/blocks_with_transactions/expected_blocks.csv");
        AssertTransactions(blocks, $"{Blocks}/blocks_with_transactions/expected_transactions.csv");
        AssertReceipts(blocks, "history_resources/test_export_blocks_job/blocks_with_transactions/expected_receipts.csv");
        Assert.Equal(ReceiptMode.TransactionReceipts, source.ReceiptMode);
        Assert.Equal(TraceMode.None, source.TraceMode);
    }

    [SharedDataFact]
    public async Task GetBlocksAsync_Block483920WithTransactionReceipts_MatchesExpectedLogsAndTokenTransfers()
    {
        await using var node = new RecordedNode($"{Blocks}/block_with_logs", "tests/resources/test_export_receipts_job/receipts_with_logs");
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(483920, 1);

        AssertBlocks(blocks, $"{Blocks}/block_with_logs/expected_blocks.csv");
        AssertTransactions(blocks, $"{Blocks}/block_with_logs/expected_transactions.csv");
        AssertReceipts(blocks, "tests/resources/test_export_receipts_job/receipts_with_logs/expected_receipts.csv");
        AssertLogs(blocks, "tests/resources/test_export_receipts_job/receipts_with_logs/expected_logs.csv");
        AssertTokenTransfers(blocks, "tests/resources/test_export_token_transfers_job/block_with_transfers/expected_token_transfers.csv");
        Assert.Contains("eth_getTransactionReceipt", node.Methods);
    }

    [SharedDataFact]
    public async Task GetBlocksAsync_Block483920WithBlockReceiptsOutOfOrder_SortsByTransactionIndex()
    {
        await using var node = new RecordedNode(
            $"{Blocks}/block_with_logs", "history_resources/test_export_block_receipts_job/receipts_with_logs");
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(483920, 1);

        Assert.Equal(ReceiptMode.BlockReceipts, source.ReceiptMode);
        Assert.DoesNotContain("eth_getTransactionReceipt", node.Methods);
        AssertReceipts(blocks, "history_resources/test_export_block_receipts_job/receipts_with_logs/expected_receipts.csv");
        AssertLogs(blocks, "history_resources/test_export_block_receipts_job/receipts_with_logs/expected_logs.csv");
        Assert.Equal([0, 1, 2, 3], blocks[0].Transactions.Select(t => t.TransactionIndex));
    }

    [SharedDataFact]
    public async Task GetBlocksAsync_GenesisBlock_MatchesExpectedBlockWithoutTransactions()
    {
        await using var node = new RecordedNode($"{Blocks}/block_without_transactions");
        using var source = Source(node.Url);

        var blocks = await source.GetBlocksAsync(0, 1);

        AssertBlocks(blocks, $"{Blocks}/block_without_transactions/expected_blocks.csv");
        Assert.Empty(blocks[0].Transactions);
    }

    [SharedDataFact]
    public async Task StreamBlocksAsync_Blocks1755634To1755635_MatchStreamExpectations()
    {
        const string folder = "tests/resources/test_stream/blocks_1755634_1755635";
        await using var node = new RecordedNode(folder);
        using var source = Source(node.Url, batchSize: 1);

        var blocks = new List<EthereumBlockData>();
        await foreach (var block in source.StreamBlocksAsync(1755634, 1755635))
        {
            blocks.Add(block);
        }

        var expectedBlocks = Expected.JsonLines($"{folder}/expected_blocks.json", "block");
        Assert.Equal(expectedBlocks.Select(b => Expected.Text(b, "hash")), blocks.Select(b => b.Block.Hash));
        Assert.Equal(expectedBlocks.Select(b => Expected.Text(b, "parent_hash")), blocks.Select(b => b.Block.ParentHash));
        Assert.Equal(expectedBlocks.Select(b => Expected.Text(b, "gas_used")), blocks.Select(b => Text(b.Block.GasUsed)));

        var txs = blocks.SelectMany(b => b.Transactions).ToArray();
        var expectedTxs = Expected.JsonLines($"{folder}/expected_transactions.json", "transaction");
        Assert.Equal(expectedTxs.Count, txs.Length);
        foreach (var (expected, actual) in expectedTxs.Zip(txs))
        {
            Assert.Equal(Expected.Text(expected, "hash"), actual.Hash);
            Assert.Equal(Expected.Text(expected, "value"), Text(actual.Value));
            Assert.Equal(Expected.Text(expected, "gas_price"), Text(actual.GasPrice));
            Assert.Equal(Expected.Text(expected, "input"), actual.Input);
            Assert.Equal(Expected.Text(expected, "receipt_gas_used"), Text(actual.ReceiptGasUsed));
            Assert.Equal(Expected.Text(expected, "receipt_status"), Text(actual.ReceiptStatus));
            Assert.Equal(Expected.Text(expected, "receipt_contract_address"), actual.ReceiptContractAddress ?? string.Empty);
        }

        var logs = blocks.SelectMany(b => b.Logs).ToArray();
        var expectedLogs = Expected.JsonLines($"{folder}/expected_logs.json", "log");
        Assert.Equal(expectedLogs.Select(l => Expected.Text(l, "log_index")), logs.Select(l => Text(l.LogIndex)));
        Assert.Equal(expectedLogs.Select(l => Expected.Text(l, "data")), logs.Select(l => l.Data));
        Assert.Equal(
            expectedLogs.Select(l => string.Join(',', l.GetProperty("topics").EnumerateArray().Select(t => t.GetString()))),
            logs.Select(Topics));

        var transfers = blocks.SelectMany(b => b.TokenTransfers).ToArray();
        var expectedTransfers = Expected.JsonLines($"{folder}/expected_token_transfers.json", "token_transfer");
        Assert.Equal(expectedTransfers.Count, transfers.Length);
        foreach (var (expected, actual) in expectedTransfers.Zip(transfers))
        {
            Assert.Equal(Expected.Text(expected, "token_address"), actual.TokenAddress);
            Assert.Equal(Expected.Text(expected, "from_address"), actual.FromAddress);
            Assert.Equal(Expected.Text(expected, "to_address"), actual.ToAddress);
            Assert.Equal(Expected.Text(expected, "value"), Text(actual.Value));
            Assert.Equal("erc20", actual.Standard);
        }
    }

    internal static EthereumRpcSource Source(string url, int batchSize = 20) =>
        new(new EthereumSourceOptions { Url = url, BatchSize = batchSize, MaxRetries = 0 });

    private static void AssertBlocks(IReadOnlyList<EthereumBlockData> blocks, string expectedCsv)
    {
        var expected = Expected.Csv(expectedCsv);
        Assert.Equal(expected.Count, blocks.Count);
        foreach (var (row, data) in expected.Zip(blocks))
        {
            var block = data.Block;
            Assert.Equal(row["number"], Text(block.Number));
            Assert.Equal(row["hash"], block.Hash);
            Assert.Equal(row["parent_hash"], block.ParentHash);
            Assert.Equal(row["timestamp"], Text(block.Timestamp));
            Assert.Equal(row["miner"], block.Miner);
            Assert.Equal(row["gas_limit"], Text(block.GasLimit));
            Assert.Equal(row["gas_used"], Text(block.GasUsed));
            Assert.Equal(row["base_fee_per_gas"], Text(block.BaseFeePerGas));
            Assert.Equal(row["transaction_count"], Text(block.TransactionCount));
        }
    }

    private static void AssertTransactions(IReadOnlyList<EthereumBlockData> blocks, string expectedCsv)
    {
        var expected = Expected.Csv(expectedCsv);
        var actual = blocks.SelectMany(b => b.Transactions).ToArray();
        Assert.Equal(expected.Count, actual.Length);
        foreach (var (row, tx) in expected.Zip(actual))
        {
            Assert.Equal(row["hash"], tx.Hash);
            Assert.Equal(row["nonce"], Text(tx.Nonce));
            Assert.Equal(row["block_hash"], tx.BlockHash);
            Assert.Equal(row["block_number"], Text(tx.BlockNumber));
            Assert.Equal(row["transaction_index"], Text(tx.TransactionIndex));
            Assert.Equal(row["from_address"], tx.FromAddress);
            Assert.Equal(row["to_address"], tx.ToAddress ?? string.Empty);
            Assert.Equal(row["value"], Text(tx.Value));
            Assert.Equal(row["gas"], Text(tx.Gas));
            Assert.Equal(row["gas_price"], Text(tx.GasPrice));
            Assert.Equal(row["input"], tx.Input);
            Assert.Equal(row["block_timestamp"], Text(tx.BlockTimestamp));
            Assert.Equal(row["transaction_type"], Text(tx.TransactionType));
        }
    }

    private static void AssertReceipts(IReadOnlyList<EthereumBlockData> blocks, string expectedCsv)
    {
        var byHash = blocks.SelectMany(b => b.Transactions).ToDictionary(t => t.Hash);
        var expected = Expected.Csv(expectedCsv);
        Assert.Equal(expected.Count, byHash.Count);
        foreach (var row in expected)
        {
            var tx = byHash[Column(row, "transaction_hash")];
            Assert.Equal(Column(row, "transaction_index"), Text(tx.TransactionIndex));
            Assert.Equal(Column(row, "gas_used"), Text(tx.ReceiptGasUsed));
            Assert.Equal(Column(row, "status"), Text(tx.ReceiptStatus));
            Assert.Equal(Column(row, "contract_address"), tx.ReceiptContractAddress ?? string.Empty);
            if (row.TryGetValue("effective_gas_price", out var price))
            {
                Assert.Equal(price, Text(tx.GasPrice));
            }
        }
    }

    /// <summary>A column of an expected receipts file; older files prefix the names with <c>receipt_</c>.</summary>
    private static string Column(IReadOnlyDictionary<string, string> row, string name) =>
        row.TryGetValue(name, out var value) ? value : row[$"receipt_{name}"];

    private static void AssertLogs(IReadOnlyList<EthereumBlockData> blocks, string expectedCsv)
    {
        var expected = Expected.Csv(expectedCsv);
        var actual = blocks.SelectMany(b => b.Logs).ToArray();
        Assert.Equal(expected.Count, actual.Length);
        foreach (var (row, log) in expected.Zip(actual))
        {
            Assert.Equal(row["log_index"], Text(log.LogIndex));
            Assert.Equal(row["transaction_hash"], log.TransactionHash);
            Assert.Equal(row["transaction_index"], Text(log.TransactionIndex));
            Assert.Equal(row["block_number"], Text(log.BlockNumber));
            Assert.Equal(row["address"], log.Address);
            Assert.Equal(row["data"], log.Data);
            Assert.Equal(row["topics"], Topics(log));
        }
    }

    private static void AssertTokenTransfers(IReadOnlyList<EthereumBlockData> blocks, string expectedCsv)
    {
        var expected = Expected.Csv(expectedCsv);
        var actual = blocks.SelectMany(b => b.TokenTransfers).ToArray();
        Assert.Equal(expected.Count, actual.Length);
        foreach (var (row, transfer) in expected.Zip(actual))
        {
            Assert.Equal(row["token_address"], transfer.TokenAddress);
            Assert.Equal(row["from_address"], transfer.FromAddress);
            Assert.Equal(row["to_address"], transfer.ToAddress);
            Assert.Equal(row["value"], Text(transfer.Value));
            Assert.Equal(row["transaction_hash"], transfer.TransactionHash);
            Assert.Equal(row["log_index"], Text(transfer.LogIndex));
            Assert.Equal(row["block_number"], Text(transfer.BlockNumber));
            Assert.Equal("erc20", transfer.Standard);
            Assert.Null(transfer.TokenId);
        }
    }

    private static string Topics(ChainTrace.Core.Rows.EthereumLogRow log) =>
        string.Join(',', new[] { log.Topic0, log.Topic1, log.Topic2, log.Topic3 }.Where(t => t is not null));

    internal static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Text(BigInteger? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
