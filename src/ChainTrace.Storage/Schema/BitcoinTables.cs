using ChainTrace.Core.Rows;

namespace ChainTrace.Storage;

/// <summary>The Bitcoin chain tables of the dataset contract (column names and order as ARCHITECTURE.md lists them).</summary>
public static class BitcoinTables
{
    /// <summary><c>blocks</c>: one row per block, partitioned by <c>number</c>.</summary>
    public static readonly TableSchema<BitcoinBlockRow> Blocks = new TableSchemaBuilder<BitcoinBlockRow>("blocks")
        .BitcoinHash("hash", r => r.Hash)
        .Int64("number", r => r.Number)
        .BitcoinHash("previous_block_hash", r => r.PreviousBlockHash)
        .Int64("timestamp", r => r.Timestamp)
        .Int32("transaction_count", r => r.TransactionCount)
        .Int32("size", r => r.Size)
        .Int32("stripped_size", r => r.StrippedSize)
        .Int32("weight", r => r.Weight)
        .Int32("version", r => r.Version)
        .BitcoinHash("merkle_root", r => r.MerkleRoot)
        .Int64("nonce", r => r.Nonce)
        .String("bits", r => r.Bits)
        .PartitionedBy("number")
        .ReadWith(v => new BitcoinBlockRow(
            v.GetBitcoinHash(0), v.GetInt64(1), v.GetBitcoinHash(2), v.GetInt64(3), v.GetInt32(4), v.GetInt32(5),
            v.GetInt32(6), v.GetInt32(7), v.GetInt32(8), v.GetBitcoinHash(9), v.GetInt64(10), v.GetString(11)))
        .Build();

    /// <summary><c>transactions</c>: one row per transaction; values in satoshis.</summary>
    public static readonly TableSchema<BitcoinTransactionRow> Transactions = new TableSchemaBuilder<BitcoinTransactionRow>("transactions")
        .BitcoinHash("hash", r => r.Hash)
        .BitcoinHash("witness_hash", r => r.WitnessHash)
        .Int64("block_number", r => r.BlockNumber)
        .BitcoinHash("block_hash", r => r.BlockHash)
        .Int64("block_timestamp", r => r.BlockTimestamp)
        .Int32("index", r => r.Index)
        .Boolean("is_coinbase", r => r.IsCoinbase)
        .Int32("version", r => r.Version)
        .Int64("lock_time", r => r.LockTime)
        .Int32("size", r => r.Size)
        .Int32("virtual_size", r => r.VirtualSize)
        .Int32("input_count", r => r.InputCount)
        .Int32("output_count", r => r.OutputCount)
        .NullableInt64("input_value", r => r.InputValue)
        .Int64("output_value", r => r.OutputValue)
        .NullableInt64("fee", r => r.Fee)
        .PartitionedBy("block_number")
        .ReadWith(v => new BitcoinTransactionRow(
            v.GetBitcoinHash(0), v.GetBitcoinHash(1), v.GetInt64(2), v.GetBitcoinHash(3), v.GetInt64(4), v.GetInt32(5),
            v.GetBoolean(6), v.GetInt32(7), v.GetInt64(8), v.GetInt32(9), v.GetInt32(10), v.GetInt32(11),
            v.GetInt32(12), v.GetNullableInt64(13), v.GetInt64(14), v.GetNullableInt64(15)))
        .Build();

    /// <summary><c>inputs</c>: one row per input with its spent output resolved; coinbase inputs have null spent_* columns.</summary>
    public static readonly TableSchema<BitcoinInputRow> Inputs = new TableSchemaBuilder<BitcoinInputRow>("inputs")
        .BitcoinHash("transaction_hash", r => r.TransactionHash)
        .Int64("block_number", r => r.BlockNumber)
        .Int32("index", r => r.Index)
        .NullableBitcoinHash("spent_transaction_hash", r => r.SpentTransactionHash)
        .NullableInt64("spent_output_index", r => r.SpentOutputIndex)
        .Int64("sequence", r => r.Sequence)
        .String("type", r => r.Type, nullable: true)
        .String("address", r => r.Address, nullable: true)
        .NullableInt64("value", r => r.Value)
        .PartitionedBy("block_number")
        .ReadWith(v => new BitcoinInputRow(
            v.GetBitcoinHash(0), v.GetInt64(1), v.GetInt32(2), v.GetNullableBitcoinHash(3), v.GetNullableInt64(4),
            v.GetInt64(5), v.GetNullableString(6), v.GetNullableString(7), v.GetNullableInt64(8)))
        .Build();

    /// <summary><c>outputs</c>: one row per output; value in satoshis, script as lowercase hex.</summary>
    public static readonly TableSchema<BitcoinOutputRow> Outputs = new TableSchemaBuilder<BitcoinOutputRow>("outputs")
        .BitcoinHash("transaction_hash", r => r.TransactionHash)
        .Int64("block_number", r => r.BlockNumber)
        .Int32("index", r => r.Index)
        .String("type", r => r.Type)
        .String("address", r => r.Address, nullable: true)
        .Int64("value", r => r.Value)
        .String("script_hex", r => r.ScriptHex)
        .PartitionedBy("block_number")
        .ReadWith(v => new BitcoinOutputRow(
            v.GetBitcoinHash(0), v.GetInt64(1), v.GetInt32(2), v.GetString(3), v.GetNullableString(4), v.GetInt64(5),
            v.GetString(6)))
        .Build();

    /// <summary>The four Bitcoin chain tables in contract order.</summary>
    public static IReadOnlyList<TableSchema> All { get; } = [Blocks, Transactions, Inputs, Outputs];
}
