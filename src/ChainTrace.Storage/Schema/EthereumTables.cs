using ChainTrace.Core.Rows;

namespace ChainTrace.Storage;

/// <summary>
/// The Ethereum chain tables of the dataset contract. Hashes and addresses are stored as given (lowercase 0x hex);
/// wei values and token amounts are <see cref="ColumnType.UInt256"/> columns.
/// </summary>
public static class EthereumTables
{
    /// <summary><c>blocks</c>: one row per block, partitioned by <c>number</c>.</summary>
    public static readonly TableSchema<EthereumBlockRow> Blocks = new TableSchemaBuilder<EthereumBlockRow>("blocks")
        .Int64("number", r => r.Number)
        .String("hash", r => r.Hash)
        .String("parent_hash", r => r.ParentHash)
        .Int64("timestamp", r => r.Timestamp)
        .String("miner", r => r.Miner)
        .Int64("gas_limit", r => r.GasLimit)
        .Int64("gas_used", r => r.GasUsed)
        .NullableUInt256("base_fee_per_gas", r => r.BaseFeePerGas)
        .Int32("transaction_count", r => r.TransactionCount)
        .PartitionedBy("number")
        .ReadWith(v => new EthereumBlockRow(
            v.GetInt64(0), v.GetString(1), v.GetString(2), v.GetInt64(3), v.GetString(4), v.GetInt64(5), v.GetInt64(6),
            v.GetNullableUInt256(7), v.GetInt32(8)))
        .Build();

    /// <summary><c>transactions</c>: one row per transaction with its receipt fields.</summary>
    public static readonly TableSchema<EthereumTransactionRow> Transactions = new TableSchemaBuilder<EthereumTransactionRow>("transactions")
        .String("hash", r => r.Hash)
        .Int64("block_number", r => r.BlockNumber)
        .String("block_hash", r => r.BlockHash)
        .Int64("block_timestamp", r => r.BlockTimestamp)
        .Int32("transaction_index", r => r.TransactionIndex)
        .Int64("nonce", r => r.Nonce)
        .String("from_address", r => r.FromAddress)
        .String("to_address", r => r.ToAddress, nullable: true)
        .UInt256("value", r => r.Value)
        .Int64("gas", r => r.Gas)
        .UInt256("gas_price", r => r.GasPrice)
        .String("input", r => r.Input)
        .Int32("transaction_type", r => r.TransactionType)
        .NullableInt32("receipt_status", r => r.ReceiptStatus)
        .NullableInt64("receipt_gas_used", r => r.ReceiptGasUsed)
        .String("receipt_contract_address", r => r.ReceiptContractAddress, nullable: true)
        .PartitionedBy("block_number")
        .ReadWith(v => new EthereumTransactionRow(
            v.GetString(0), v.GetInt64(1), v.GetString(2), v.GetInt64(3), v.GetInt32(4), v.GetInt64(5), v.GetString(6),
            v.GetNullableString(7), v.GetUInt256(8), v.GetInt64(9), v.GetUInt256(10), v.GetString(11), v.GetInt32(12),
            v.GetNullableInt32(13), v.GetNullableInt64(14), v.GetNullableString(15)))
        .Build();

    /// <summary><c>logs</c>: one row per event log.</summary>
    public static readonly TableSchema<EthereumLogRow> Logs = new TableSchemaBuilder<EthereumLogRow>("logs")
        .Int64("block_number", r => r.BlockNumber)
        .String("transaction_hash", r => r.TransactionHash)
        .Int32("transaction_index", r => r.TransactionIndex)
        .Int32("log_index", r => r.LogIndex)
        .String("address", r => r.Address)
        .String("data", r => r.Data)
        .String("topic0", r => r.Topic0, nullable: true)
        .String("topic1", r => r.Topic1, nullable: true)
        .String("topic2", r => r.Topic2, nullable: true)
        .String("topic3", r => r.Topic3, nullable: true)
        .PartitionedBy("block_number")
        .ReadWith(v => new EthereumLogRow(
            v.GetInt64(0), v.GetString(1), v.GetInt32(2), v.GetInt32(3), v.GetString(4), v.GetString(5),
            v.GetNullableString(6), v.GetNullableString(7), v.GetNullableString(8), v.GetNullableString(9)))
        .Build();

    /// <summary><c>token_transfers</c>: ERC-20/721/1155 transfers decoded from logs.</summary>
    public static readonly TableSchema<EthereumTokenTransferRow> TokenTransfers = new TableSchemaBuilder<EthereumTokenTransferRow>("token_transfers")
        .Int64("block_number", r => r.BlockNumber)
        .String("transaction_hash", r => r.TransactionHash)
        .Int32("log_index", r => r.LogIndex)
        .String("token_address", r => r.TokenAddress)
        .String("standard", r => r.Standard)
        .String("from_address", r => r.FromAddress)
        .String("to_address", r => r.ToAddress)
        .NullableUInt256("token_id", r => r.TokenId)
        .UInt256("value", r => r.Value)
        .PartitionedBy("block_number")
        .ReadWith(v => new EthereumTokenTransferRow(
            v.GetInt64(0), v.GetString(1), v.GetInt32(2), v.GetString(3), v.GetString(4), v.GetString(5), v.GetString(6),
            v.GetNullableUInt256(7), v.GetUInt256(8)))
        .Build();

    /// <summary><c>traces</c>: one row per call frame.</summary>
    public static readonly TableSchema<EthereumTraceRow> Traces = new TableSchemaBuilder<EthereumTraceRow>("traces")
        .Int64("block_number", r => r.BlockNumber)
        .String("transaction_hash", r => r.TransactionHash, nullable: true)
        .String("trace_address", r => r.TraceAddress)
        .String("trace_type", r => r.TraceType)
        .String("call_type", r => r.CallType, nullable: true)
        .String("from_address", r => r.FromAddress, nullable: true)
        .String("to_address", r => r.ToAddress, nullable: true)
        .UInt256("value", r => r.Value)
        .Int32("status", r => r.Status)
        .String("error", r => r.Error, nullable: true)
        .PartitionedBy("block_number")
        .ReadWith(v => new EthereumTraceRow(
            v.GetInt64(0), v.GetNullableString(1), v.GetString(2), v.GetString(3), v.GetNullableString(4),
            v.GetNullableString(5), v.GetNullableString(6), v.GetUInt256(7), v.GetInt32(8), v.GetNullableString(9)))
        .Build();

    /// <summary>The five Ethereum chain tables in contract order.</summary>
    public static IReadOnlyList<TableSchema> All { get; } = [Blocks, Transactions, Logs, TokenTransfers, Traces];
}
