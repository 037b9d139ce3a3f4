using System.Globalization;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>
/// The structural pass over one serialized transaction: bounds-checked reads, the segwit serialization rules of
/// Bitcoin Core, and (optionally) queueing the hashing of its txid and wtxid.
/// </summary>
internal static class TransactionReader
{
    /// <summary>Core's MAX_MONEY: 21 million BTC in satoshis.</summary>
    public const long MaxMoney = 21_000_000L * 100_000_000L;

    /// <summary>
    /// The fewest bytes a transaction can take, to bound a declared transaction count: version, one input (outpoint,
    /// empty script, sequence), one output (value, empty script), the counts and the lock time.
    /// </summary>
    public const int MinTransactionSize = 4 + 1 + 41 + 1 + 9 + 4;

    private const int MinInputSize = 41;
    private const int MinOutputSize = 9;

    /// <summary>
    /// Reads the transaction at the reader's position into the next slot of <paramref name="scratch"/>; with
    /// <paramref name="hash"/> also queues the jobs that hash its txid and wtxid.
    /// </summary>
    public static void Read(ref ByteReader reader, ParseScratch scratch, bool hash)
    {
        var data = reader.Data;
        var start = reader.Position;
        var version = reader.ReadInt32("transaction version");

        var hasWitness = false;
        if (reader.PeekByte() == 0)
        {
            // Marker 0x00 (an empty input list in the legacy format, which Core also reads as the marker).
            reader.Skip(1, "segwit marker");
            var flagPosition = reader.Position;
            var flag = reader.ReadByte("segwit flag");
            if (flag != 1)
            {
                reader.Fail(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Non-canonical segwit flag 0x{flag:x2} after the 0x00 marker (only 0x01 is defined, and a transaction cannot have zero inputs)."),
                    flagPosition);
            }

            hasWitness = true;
        }

        var bodyStart = reader.Position;
        var inputCount = reader.ReadCount(MinInputSize, "input count");
        if (inputCount == 0)
        {
            reader.Fail("A transaction has no inputs.", bodyStart);
        }

        scratch.EnsureInputs(inputCount);
        var firstInput = scratch.InputCount;
        var inputs = scratch.Inputs;
        for (var i = 0; i < inputCount; i++)
        {
            ref var input = ref inputs[firstInput + i];
            input.OutpointOffset = reader.Position;
            reader.Skip(36, "outpoint");
            var scriptLength = reader.ReadCount(1, "input script length");
            reader.Skip(scriptLength, "input script");
            input.Sequence = reader.ReadUInt32("input sequence");
        }

        var outputCountPosition = reader.Position;
        var outputCount = reader.ReadCount(MinOutputSize, "output count");
        if (outputCount == 0)
        {
            reader.Fail("A transaction has no outputs.", outputCountPosition);
        }

        scratch.EnsureOutputs(outputCount);
        var firstOutput = scratch.OutputCount;
        var outputs = scratch.Outputs;
        long outputValue = 0;
        for (var i = 0; i < outputCount; i++)
        {
            ref var output = ref outputs[firstOutput + i];
            var valuePosition = reader.Position;
            var value = reader.ReadInt64("output value");
            if (value is < 0 or > MaxMoney)
            {
                reader.Fail(string.Create(CultureInfo.InvariantCulture, $"Output value {value} sat is outside 0..{MaxMoney}."), valuePosition);
            }

            outputValue += value;
            if (outputValue > MaxMoney)
            {
                reader.Fail(string.Create(CultureInfo.InvariantCulture, $"The outputs add up to more than {MaxMoney} sat."), valuePosition);
            }

            output.Value = value;
            var scriptLength = reader.ReadCount(1, "output script length");
            output.ScriptOffset = reader.Position;
            output.ScriptLength = scriptLength;
            reader.Skip(scriptLength, "output script");
        }

        var bodyEnd = reader.Position;
        if (hasWitness)
        {
            var anyWitness = false;
            for (var i = 0; i < inputCount; i++)
            {
                var itemCount = reader.ReadCount(1, "witness item count");
                anyWitness |= itemCount != 0;
                for (var j = 0; j < itemCount; j++)
                {
                    var itemLength = reader.ReadCount(1, "witness item length");
                    reader.Skip(itemLength, "witness item");
                }
            }

            if (!anyWitness)
            {
                reader.Fail("Superfluous witness record: the segwit flag is set but every witness is empty.", bodyEnd);
            }
        }

        var lockTimePosition = reader.Position;
        var lockTime = reader.ReadUInt32("lock time");
        var end = reader.Position;

        var index = scratch.TransactionCount;
        scratch.EnsureTransaction();
        ref var tx = ref scratch.Transactions[index];
        tx.Offset = start;
        tx.Length = end - start;
        tx.StrippedLength = 4 + (bodyEnd - bodyStart) + 4;
        tx.Version = version;
        tx.LockTime = lockTime;
        tx.FirstInput = firstInput;
        tx.InputCount = inputCount;
        tx.FirstOutput = firstOutput;
        tx.OutputCount = outputCount;
        tx.OutputValue = outputValue;
        tx.WitnessSlot = -1;

        if (hasWitness)
        {
            tx.WitnessSlot = scratch.WitnessCount++;
        }

        scratch.TransactionCount = index + 1;
        scratch.InputCount += inputCount;
        scratch.OutputCount += outputCount;

        if (!hash)
        {
            return;
        }

        if (!hasWitness)
        {
            scratch.SpanJobs[scratch.SpanJobCount++] = new HashJob(start, end - start, index);
            return;
        }

        // wtxid over the bytes as they are; txid over a stripped copy (version, inputs and outputs, lock time).
        scratch.SpanJobs[scratch.SpanJobCount++] = new HashJob(start, end - start, scratch.DeclaredCount + tx.WitnessSlot);
        scratch.EnsureStripped(tx.StrippedLength);
        var stripped = scratch.Stripped.AsSpan(scratch.StrippedLength, tx.StrippedLength);
        data.Slice(start, 4).CopyTo(stripped);
        data[bodyStart..bodyEnd].CopyTo(stripped[4..]);
        data[lockTimePosition..end].CopyTo(stripped[(4 + bodyEnd - bodyStart)..]);
        scratch.StrippedJobs[scratch.StrippedJobCount++] = new HashJob(scratch.StrippedLength, tx.StrippedLength, index);
        scratch.StrippedLength += tx.StrippedLength;
    }
}
