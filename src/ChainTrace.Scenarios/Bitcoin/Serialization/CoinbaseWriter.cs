using System.Security.Cryptography;

namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>
/// Writes a block's coinbase transaction the way Bitcoin Core's block assembler does: version 2, segwit serialization
/// with the 32-zero-byte witness reserved value, a BIP34 height push opening the scriptSig, the reward output and the
/// BIP141 witness commitment output.
/// </summary>
internal static class CoinbaseWriter
{
    /// <summary>The tag pushed after the height in every coinbase scriptSig.</summary>
    private static ReadOnlySpan<byte> Tag => "/ChainTrace/"u8;

    /// <summary>
    /// Writes the coinbase in full serialization to <paramref name="full"/> and without witness to
    /// <paramref name="stripped"/> (cleared first).
    /// </summary>
    /// <param name="full">Receives the segwit serialization (appended).</param>
    /// <param name="stripped">Receives the serialization without witness (the txid preimage).</param>
    /// <param name="height">The block height (BIP34).</param>
    /// <param name="rewardScript">The scriptPubKey the reward pays.</param>
    /// <param name="reward">Subsidy plus fees, in satoshis.</param>
    /// <param name="witnessCommitment">SHA256d(witness merkle root ‖ reserved value), 32 bytes.</param>
    public static void Write(ByteSink full, ByteSink stripped, int height, ReadOnlySpan<byte> rewardScript, long reward, ReadOnlySpan<byte> witnessCommitment)
    {
        stripped.Clear();
        stripped.WriteInt32(2);
        stripped.WriteCompactSize(1);
        stripped.Append(32).Clear();
        stripped.WriteUInt32(0xffffffff);
        Span<byte> scriptSig = stackalloc byte[16];
        var length = WriteHeightPush(height, scriptSig);
        scriptSig[length++] = (byte)Tag.Length;
        stripped.WriteCompactSize((ulong)(length + Tag.Length));
        stripped.Write(scriptSig[..length]);
        stripped.Write(Tag);
        stripped.WriteUInt32(0xffffffff);
        stripped.WriteCompactSize(2);
        stripped.WriteInt64(reward);
        stripped.WriteVarBytes(rewardScript);
        stripped.WriteInt64(0);
        stripped.WriteCompactSize(38);
        stripped.WriteByte(0x6a);
        stripped.WriteByte(0x24);
        stripped.Write([0xaa, 0x21, 0xa9, 0xed]);
        stripped.Write(witnessCommitment[..32]);
        var middle = stripped.Written[4..^0];
        full.WriteInt32(2);
        full.WriteByte(0);
        full.WriteByte(1);
        full.Write(middle);
        full.WriteByte(1);
        full.WriteByte(32);
        full.Append(32).Clear();
        stripped.WriteUInt32(0);
        full.WriteUInt32(0);
    }

    /// <summary>
    /// Writes <c>CScript() &lt;&lt; height</c> as Core does (OP_0, OP_1..OP_16, or a minimal CScriptNum push);
    /// returns the length.
    /// </summary>
    public static int WriteHeightPush(long height, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        if (height == 0)
        {
            destination[0] = 0x00;
            return 1;
        }

        if (height <= 16)
        {
            destination[0] = (byte)(0x50 + height);
            return 1;
        }

        var count = 0;
        var value = height;
        while (value > 0)
        {
            destination[1 + count++] = (byte)(value & 0xff);
            value >>= 8;
        }

        if ((destination[count] & 0x80) != 0)
        {
            destination[1 + count++] = 0;
        }

        destination[0] = (byte)count;
        return count + 1;
    }

    /// <summary>
    /// Computes the BIP141 commitment from the <paramref name="count"/> wtxids in <paramref name="wtxids"/> (the
    /// coinbase's, all zero by definition, first) with an all-zero reserved value.
    /// </summary>
    public static void ComputeWitnessCommitment(ReadOnlySpan<byte> wtxids, int count, ref byte[] scratch, Span<byte> commitment)
    {
        Span<byte> preimage = stackalloc byte[64];
        MerkleRoot.Compute(wtxids, count, ref scratch, preimage[..32]);
        preimage[32..].Clear();
        Span<byte> once = stackalloc byte[32];
        SHA256.HashData(preimage, once);
        SHA256.HashData(once, commitment);
    }
}
