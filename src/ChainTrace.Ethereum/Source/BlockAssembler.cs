using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Core.Rows;
using ChainTrace.Ethereum.Decoding;

namespace ChainTrace.Ethereum.Source;

/// <summary>
/// Joins a block, its receipts and its traces into dataset rows after checking they describe the same block:
/// one receipt per transaction with matching hashes, receipts and Parity traces naming the block's hash, geth
/// results one per transaction.
/// </summary>
internal static class BlockAssembler
{
    /// <exception cref="InconsistentAnswerException">The answers disagree.</exception>
    /// <exception cref="ChainDataException">A transaction has no gas price at all.</exception>
    public static EthereumBlockData Assemble(DecodedBlock decoded, IReadOnlyList<DecodedReceipt> receipts, DecodedTraces? traces)
    {
        var block = decoded.Block;
        var txs = decoded.Transactions;
        if (receipts.Count != txs.Count)
        {
            throw Inconsistent(block, $"{receipts.Count} receipts for {txs.Count} transactions");
        }

        var transactions = new EthereumTransactionRow[txs.Count];
        var logs = new List<EthereumLogRow>();
        var transfers = new List<EthereumTokenTransferRow>();
        var malformed = 0;
        for (var i = 0; i < txs.Count; i++)
        {
            var tx = txs[i];
            var receipt = receipts[i];
            if (receipt.TransactionHash != tx.Hash || receipt.TransactionIndex != i)
            {
                throw Inconsistent(block, $"receipt {receipt.TransactionHash} at index {receipt.TransactionIndex} for transaction {tx.Hash} at {i}");
            }

            if (receipt.BlockHash is { } receiptBlock && receiptBlock != block.Hash)
            {
                throw Inconsistent(block, $"a receipt from block {receiptBlock}");
            }

            var gasPrice = receipt.EffectiveGasPrice ?? tx.GasPrice ?? throw new ChainDataException(
                "The node gave neither gasPrice nor a receipt effectiveGasPrice for a transaction.",
                new DataLocation(Height: block.Number, Transaction: tx.Hash, Source: "eth_getBlockByNumber"));
            transactions[i] = new EthereumTransactionRow(
                tx.Hash, block.Number, block.Hash, block.Timestamp, i, tx.Nonce, tx.From, tx.To, tx.Value, tx.Gas,
                gasPrice, tx.Input, tx.Type, receipt.Status, receipt.GasUsed, receipt.ContractAddress);
            foreach (var log in receipt.Logs)
            {
                logs.Add(log);
                if (TokenTransferDecoder.Decode(log, transfers) == TokenTransferOutcome.Malformed)
                {
                    malformed++;
                }
            }
        }

        return new EthereumBlockData
        {
            Block = block,
            Transactions = transactions,
            Logs = logs,
            TokenTransfers = transfers,
            Traces = traces is null ? [] : CheckTraces(decoded, traces),
            MalformedTokenEvents = malformed,
        };
    }

    private static List<EthereumTraceRow> CheckTraces(DecodedBlock decoded, DecodedTraces traces)
    {
        var block = decoded.Block;
        var txs = decoded.Transactions;
        if (traces.BlockHash is { } traceBlock && traceBlock != block.Hash)
        {
            throw Inconsistent(block, $"traces from block {traceBlock}");
        }

        if (traces.TransactionCount >= 0 && traces.TransactionCount != txs.Count)
        {
            throw Inconsistent(block, $"{traces.TransactionCount} transaction traces for {txs.Count} transactions");
        }

        var rows = traces.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var position = traces.Positions[i];
            if (position < 0)
            {
                continue;
            }

            if (position >= txs.Count)
            {
                throw Inconsistent(block, $"a trace of transaction position {position} in a block of {txs.Count} transactions");
            }

            var expected = txs[position].Hash;
            if (rows[i].TransactionHash is null)
            {
                rows[i] = rows[i] with { TransactionHash = expected };
            }
            else if (rows[i].TransactionHash != expected)
            {
                throw Inconsistent(block, $"a trace of transaction {rows[i].TransactionHash} at position {position}, where {expected} is");
            }
        }

        return rows;
    }

    private static InconsistentAnswerException Inconsistent(EthereumBlockRow block, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The node's answers about block {block.Number} ({block.Hash}) disagree: {what}."), block.Number);
}
