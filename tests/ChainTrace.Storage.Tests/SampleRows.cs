using System.Numerics;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Storage.Tests;

/// <summary>Deterministic synthetic rows covering every column, including nulls and extreme values.</summary>
public static class SampleRows
{
    public static readonly BigInteger MaxUInt256 = (BigInteger.One << 256) - 1;
    public static readonly BigInteger Above2To128 = (BigInteger.One << 128) + 12345;

    public static Hash256 Hash(long block, int salt)
    {
        var bytes = new byte[32];
        new Random(unchecked((int)((block * 1_000_003) + salt))).NextBytes(bytes); // deterministic across processes
        return new Hash256(bytes);
    }

    public static string EthHash(long block, int salt) => Hash(block, salt).ToPrefixedHex();

    public static string EthAddress(long block, int salt) => "0x" + Hash(block, salt).ToString()[..40];

    /// <summary>Per block: a block row, a coinbase and a spending transaction, their inputs and 2 outputs each.</summary>
    public static BitcoinRowBatch Bitcoin(long first, long last)
    {
        var batch = new BitcoinRowBatch();
        for (var h = first; h <= last; h++)
        {
            var blockHash = Hash(h, 0);
            batch.Blocks.Add(new BitcoinBlockRow(
                blockHash, h, h == 0 ? Hash256.Zero : Hash(h - 1, 0), 1_231_006_505 + (h * 600), 2, 500 + (int)h, 400,
                1700, h % 2 == 0 ? 1 : -2, Hash(h, 1), 4_294_967_295 - h, "1d00ffff"));
            var coinbase = Hash(h, 2);
            var spend = Hash(h, 3);
            batch.Transactions.Add(new BitcoinTransactionRow(
                coinbase, coinbase, h, blockHash, 1_231_006_505 + (h * 600), 0, true, 1, 0, 134, 134, 1, 2, 0, 5_000_000_000, 0));
            batch.Transactions.Add(new BitcoinTransactionRow(
                spend, Hash(h, 4), h, blockHash, 1_231_006_505 + (h * 600), 1, false, 2, 4_294_967_295, 250, 180, 1, 2,
                h % 3 == 0 ? null : 5_000_000_000, 4_999_990_000, h % 3 == 0 ? null : 10_000));
            batch.Inputs.Add(new BitcoinInputRow(coinbase, h, 0, null, null, 4_294_967_295, null, null, null));
            batch.Inputs.Add(new BitcoinInputRow(
                spend, h, 0, h == first ? Hash(h, 9) : Hash(h - 1, 2), 0, 4_294_967_294, "pubkeyhash",
                "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", 5_000_000_000));
            batch.Outputs.Add(new BitcoinOutputRow(coinbase, h, 0, "pubkeyhash", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", 5_000_000_000, "76a914" + new string('a', 40) + "88ac"));
            batch.Outputs.Add(new BitcoinOutputRow(coinbase, h, 1, "nulldata", null, 0, "6a0401020304"));
            batch.Outputs.Add(new BitcoinOutputRow(spend, h, 0, "witness_v0_keyhash", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", 4_999_990_000, "0014" + new string('b', 40)));
            batch.Outputs.Add(new BitcoinOutputRow(spend, h, 1, "multisig", null, long.MaxValue, "51ae"));
        }

        return batch;
    }

    public static DatasetCheckpoint BitcoinCheckpoint(long first, long last) => new(first, last, Hash(last, 0).ToReversedHex());

    /// <summary>Per block: a block row, two transactions, logs, token transfers and traces with big values and nulls.</summary>
    public static EthereumRowBatch Ethereum(long first, long last)
    {
        var batch = new EthereumRowBatch();
        for (var h = first; h <= last; h++)
        {
            var blockHash = EthHash(h, 0);
            batch.Blocks.Add(new EthereumBlockRow(
                h, blockHash, EthHash(h - 1, 0), 1_438_269_988 + (h * 12), EthAddress(h, 1), 30_000_000, 12_345_678,
                h % 2 == 0 ? null : 7_000_000_000 + h, 2));
            var tx1 = EthHash(h, 2);
            var tx2 = EthHash(h, 3);
            batch.Transactions.Add(new EthereumTransactionRow(
                tx1, h, blockHash, 1_438_269_988 + (h * 12), 0, h, EthAddress(h, 4), EthAddress(h, 5),
                MaxUInt256 - h, 21_000, 30_000_000_000, "0x", 2, 1, 21_000, null));
            batch.Transactions.Add(new EthereumTransactionRow(
                tx2, h, blockHash, 1_438_269_988 + (h * 12), 1, h + 1, EthAddress(h, 6), null,
                Above2To128 + h, 3_000_000, BigInteger.Zero, "0x6080604052", 0, h % 2 == 0 ? null : 0, null, EthAddress(h, 7)));
            batch.Logs.Add(new EthereumLogRow(h, tx1, 0, 0, EthAddress(h, 8), "0x", EthHash(h, 9), EthHash(h, 10), EthHash(h, 11), null));
            batch.Logs.Add(new EthereumLogRow(h, tx1, 0, 1, EthAddress(h, 8), "0x00ff", null, null, null, null));
            batch.TokenTransfers.Add(new EthereumTokenTransferRow(
                h, tx1, 0, EthAddress(h, 8), "erc20", EthAddress(h, 4), EthAddress(h, 5), null, (BigInteger.One << 64) + h));
            batch.TokenTransfers.Add(new EthereumTokenTransferRow(
                h, tx1, 1, EthAddress(h, 8), "erc1155", EthAddress(h, 4), EthAddress(h, 5), MaxUInt256, MaxUInt256));
            batch.Traces.Add(new EthereumTraceRow(h, tx1, string.Empty, "call", "call", EthAddress(h, 4), EthAddress(h, 5), MaxUInt256 - h, 1, null));
            batch.Traces.Add(new EthereumTraceRow(h, null, string.Empty, "reward", null, null, EthAddress(h, 1), 2_000_000_000_000_000_000, 1, null));
            batch.Traces.Add(new EthereumTraceRow(h, tx2, "0,1", "create", null, EthAddress(h, 6), null, BigInteger.Zero, 0, "out of gas"));
        }

        return batch;
    }

    public static DatasetCheckpoint EthereumCheckpoint(long first, long last) => new(first, last, EthHash(last, 0));
}
