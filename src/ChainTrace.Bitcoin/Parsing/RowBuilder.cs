using System.Buffers.Binary;
using ChainTrace.Bitcoin.Scripts;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// Turns the structural pass in <see cref="ParseScratch"/> into dataset rows: finishes the txid and wtxid hashes in
/// batches, classifies every output, computes all Base58Check checksums in one batch, then creates the rows.
/// </summary>
internal static class RowBuilder
{
    /// <summary>Runs the queued hash jobs: every txid and wtxid.</summary>
    public static void FinishTransactionIds(ReadOnlySpan<byte> data, ParseScratch scratch)
    {
        scratch.EnsureDigests();
        Sha256Lanes.HashMany(data, scratch.SpanJobs.AsSpan(0, scratch.SpanJobCount), twice: true, scratch.Digests);
        Sha256Lanes.HashMany(scratch.Stripped, scratch.StrippedJobs.AsSpan(0, scratch.StrippedJobCount), twice: true, scratch.Digests);
    }

    /// <summary>True when transaction <paramref name="tx"/> has Core's coinbase shape: one input spending the null outpoint.</summary>
    public static bool IsCoinbaseShape(ReadOnlySpan<byte> data, ParseScratch scratch, in TxInfo tx)
    {
        if (tx.InputCount != 1)
        {
            return false;
        }

        var outpoint = data.Slice(scratch.Inputs[tx.FirstInput].OutpointOffset, 36);
        return outpoint[..32].IndexOfAnyExcept((byte)0) < 0 && outpoint[32..].IndexOfAnyExcept((byte)0xff) < 0;
    }

    /// <summary>
    /// Builds the rows of every transaction in the scratch. With <paramref name="coinbaseByPosition"/> the transaction
    /// at block index 0 is the coinbase (a block); otherwise the coinbase is recognised by its shape (a lone transaction).
    /// </summary>
    public static void Build(
        ReadOnlySpan<byte> data,
        ParseScratch scratch,
        BitcoinNetwork network,
        in TransactionContext context,
        bool coinbaseByPosition,
        out BitcoinTransactionRow[] transactionRows,
        out BitcoinInputRow[] inputRows,
        out BitcoinOutputRow[] outputRows)
    {
        scratch.EnsureAddressWork();
        var payloadCount = ClassifyOutputs(data, scratch, network);
        Sha256Lanes.Hash(scratch.Payloads.AsSpan(0, payloadCount * 21), 21, twice: true, scratch.PayloadDigests);

        var height = context.BlockNumber;
        transactionRows = new BitcoinTransactionRow[scratch.TransactionCount];
        inputRows = new BitcoinInputRow[scratch.InputCount];
        outputRows = new BitcoinOutputRow[scratch.OutputCount];
        var inputs = scratch.Inputs;
        var outputs = scratch.Outputs;
        var scripts = scratch.OutputScripts;
        var txids = scratch.Txids;
        var payloads = scratch.Payloads.AsSpan();
        var digests = scratch.PayloadDigests.AsSpan();

        for (var t = 0; t < scratch.TransactionCount; t++)
        {
            ref readonly var tx = ref scratch.Transactions[t];
            var index = context.Index + t;
            var isCoinbase = coinbaseByPosition ? index == 0 : IsCoinbaseShape(data, scratch, tx);
            var txid = new Hash256(txids.Slice(t * 32, 32));
            var wtxid = tx.HasWitness ? new Hash256(scratch.Wtxid(tx.WitnessSlot)) : txid;
            long? zeroIfCoinbase = isCoinbase ? 0 : null;
            transactionRows[t] = new BitcoinTransactionRow(
                txid,
                wtxid,
                height,
                context.BlockHash,
                context.BlockTimestamp,
                index,
                isCoinbase,
                tx.Version,
                tx.LockTime,
                tx.Length,
                (tx.Weight + 3) / 4,
                tx.InputCount,
                tx.OutputCount,
                zeroIfCoinbase,
                tx.OutputValue,
                zeroIfCoinbase);

            for (var i = 0; i < tx.InputCount; i++)
            {
                ref readonly var input = ref inputs[tx.FirstInput + i];
                Hash256? spentTx = null;
                long? spentIndex = null;
                if (!isCoinbase)
                {
                    var outpoint = data.Slice(input.OutpointOffset, 36);
                    spentTx = new Hash256(outpoint[..32]);
                    spentIndex = BinaryPrimitives.ReadUInt32LittleEndian(outpoint[32..]);
                }

                inputRows[tx.FirstInput + i] = new BitcoinInputRow(txid, height, i, spentTx, spentIndex, input.Sequence, null, null, null);
            }

            for (var o = 0; o < tx.OutputCount; o++)
            {
                var slot = tx.FirstOutput + o;
                ref readonly var output = ref outputs[slot];
                ref readonly var script = ref scripts[slot];
                var scriptBytes = data.Slice(output.ScriptOffset, output.ScriptLength);
                string? address;
                if (script.PayloadSlot >= 0)
                {
                    var payload = payloads.Slice(script.PayloadSlot * 21, 21);
                    address = Base58.EncodeWithChecksum(payload[0], payload[1..], digests.Slice(script.PayloadSlot * 32, 4));
                }
                else
                {
                    address = ScriptClassifier.GetWitnessAddress(script.Type, script.WitnessVersion, scriptBytes, network);
                }

                outputRows[slot] = new BitcoinOutputRow(
                    txid,
                    height,
                    o,
                    ScriptClassifier.GetTypeName(script.Type),
                    address,
                    output.Value,
                    Convert.ToHexStringLower(scriptBytes));
            }
        }
    }

    /// <summary>Classifies every output and queues the Base58 payloads; returns how many were queued.</summary>
    private static int ClassifyOutputs(ReadOnlySpan<byte> data, ParseScratch scratch, BitcoinNetwork network)
    {
        var payloadCount = 0;
        var payloads = scratch.Payloads.AsSpan();
        var outputs = scratch.Outputs;
        var scripts = scratch.OutputScripts;
        for (var slot = 0; slot < scratch.OutputCount; slot++)
        {
            ref readonly var output = ref outputs[slot];
            var scriptBytes = data.Slice(output.ScriptOffset, output.ScriptLength);
            ref var script = ref scripts[slot];
            script.Type = ScriptClassifier.Identify(scriptBytes, out script.WitnessVersion);
            script.PayloadSlot = -1;
            if (ScriptClassifier.TryGetBase58Payload(script.Type, scriptBytes, network, payloads.Slice(payloadCount * 21, 21)))
            {
                script.PayloadSlot = payloadCount++;
            }
        }

        return payloadCount;
    }
}
