using ChainTrace.Core;

namespace ChainTrace.Storage.Tests;

public sealed class SchemaContractTests
{
    // The column lists exactly as ARCHITECTURE.md ("Dataset", contract) gives them.
    public static TheoryData<string, string, string> Contract => new()
    {
        { "bitcoin", "blocks", "hash, number, previous_block_hash, timestamp, transaction_count, size, stripped_size, weight, version, merkle_root, nonce, bits" },
        { "bitcoin", "transactions", "hash, witness_hash, block_number, block_hash, block_timestamp, index, is_coinbase, version, lock_time, size, virtual_size, input_count, output_count, input_value, output_value, fee" },
        { "bitcoin", "inputs", "transaction_hash, block_number, index, spent_transaction_hash, spent_output_index, sequence, type, address, value" },
        { "bitcoin", "outputs", "transaction_hash, block_number, index, type, address, value, script_hex" },
        { "ethereum", "blocks", "number, hash, parent_hash, timestamp, miner, gas_limit, gas_used, base_fee_per_gas, transaction_count" },
        { "ethereum", "transactions", "hash, block_number, block_hash, block_timestamp, transaction_index, nonce, from_address, to_address, value, gas, gas_price, input, transaction_type, receipt_status, receipt_gas_used, receipt_contract_address" },
        { "ethereum", "logs", "block_number, transaction_hash, transaction_index, log_index, address, data, topic0, topic1, topic2, topic3" },
        { "ethereum", "token_transfers", "block_number, transaction_hash, log_index, token_address, standard, from_address, to_address, token_id, value" },
        { "ethereum", "traces", "block_number, transaction_hash, trace_address, trace_type, call_type, from_address, to_address, value, status, error" },
    };

    private static ChainKind Chain(string name) => name == "bitcoin" ? ChainKind.Bitcoin : ChainKind.Ethereum;

    [Theory]
    [MemberData(nameof(Contract))]
    public void Schema_ChainTable_ColumnsMatchContractInOrder(string chain, string table, string columns)
    {
        var schema = ChainTables.Find(Chain(chain), table);

        Assert.NotNull(schema);
        Assert.Equal(columns, string.Join(", ", schema.Columns.Select(c => c.Name)));
    }

    [Fact]
    public void ChainTables_EachChain_ListsExactlyTheContractTables()
    {
        Assert.Equal(["blocks", "transactions", "inputs", "outputs"], ChainTables.For(ChainKind.Bitcoin).Select(t => t.Name));
        Assert.Equal(
            ["blocks", "transactions", "logs", "token_transfers", "traces"], ChainTables.For(ChainKind.Ethereum).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Contract))]
    public async Task ParquetFiles_WrittenTable_DuckDbSeesContractColumnsInOrder(string chain, string table, string columns)
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, Chain(chain), "main"))
        {
            if (chain == "bitcoin")
            {
                await dataset.CommitAsync(SampleRows.Bitcoin(0, 1), SampleRows.BitcoinCheckpoint(0, 1));
            }
            else
            {
                await dataset.CommitAsync(SampleRows.Ethereum(0, 1), SampleRows.EthereumCheckpoint(0, 1));
            }
        }

        // Read the raw files (not the views) the way a notebook or Spark would: by glob.
        using var query = DatasetQuery.Open(temp.Path);
        var glob = Path.Combine(temp.Path, table, "**", "*.parquet");
        var described = query.Execute($"SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('{glob}'))");

        Assert.Equal(columns, string.Join(", ", described.Rows.Select(r => (string)r[0]!)));
    }

    [Fact]
    public void Schema_Uint256Columns_AreEveryEthereumAmount()
    {
        var uint256 = EthereumTables.All
            .SelectMany(t => t.Columns.Where(c => c.Type == ColumnType.UInt256).Select(c => $"{t.Name}.{c.Name}"))
            .ToArray();

        Assert.Equal(
            ["blocks.base_fee_per_gas", "transactions.value", "transactions.gas_price", "token_transfers.token_id", "token_transfers.value", "traces.value"],
            uint256);
    }

    [Fact]
    public void Schema_NullableColumns_FollowTheRowRecords()
    {
        string[] Nullable(TableSchema t) => t.Columns.Where(c => c.IsNullable).Select(c => c.Name).ToArray();

        Assert.Equal(["spent_transaction_hash", "spent_output_index", "type", "address", "value"], Nullable(BitcoinTables.Inputs));
        Assert.Equal(["address"], Nullable(BitcoinTables.Outputs));
        Assert.Equal(["input_value", "fee"], Nullable(BitcoinTables.Transactions));
        Assert.Equal(["transaction_hash", "call_type", "from_address", "to_address", "error"], Nullable(EthereumTables.Traces));
    }

    [Fact]
    public void Builder_DuplicateColumn_Throws()
    {
        var builder = new TableSchemaBuilder<string>("tags").String("address", s => s);

        Assert.Throws<ArgumentException>(() => builder.String("address", s => s));
    }

    [Theory]
    [InlineData("Tags")]
    [InlineData("1tags")]
    [InlineData("tags-x")]
    [InlineData("")]
    public void Builder_InvalidTableName_Throws(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new TableSchemaBuilder<string>(name));
    }

    [Fact]
    public void Builder_BlockColumnNotInt64_Throws()
    {
        var builder = new TableSchemaBuilder<string>("flags").String("address", s => s).PartitionedBy("address");

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
