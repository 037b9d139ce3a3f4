using System.Buffers.Binary;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Rebuilds a serialized block from a node's description of it: the 80-byte header from version, previous hash,
/// merkle root, time, bits and nonce, then the transaction count as a CompactSize integer, then each transaction.
/// </summary>
internal static class RawBlockAssembler
{
    /// <summary>Serializes the block; <paramref name="transactions"/> are the raw transactions in block order.</summary>
    public static byte[] Assemble(RpcBlock block, IReadOnlyList<ReadOnlyMemory<byte>> transactions)
    {
        var size = (long)BlkHeader.Size + CompactSizeLength((ulong)transactions.Count);
        foreach (var tx in transactions)
        {
            size += tx.Length;
        }

        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, block.Version);
        block.PreviousBlockHash.CopyTo(span[4..]);
        block.MerkleRoot.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], block.Time);
        BinaryPrimitives.WriteUInt32LittleEndian(span[72..], block.Bits);
        BinaryPrimitives.WriteUInt32LittleEndian(span[76..], block.Nonce);
        var position = BlkHeader.Size + WriteCompactSize(span[BlkHeader.Size..], (ulong)transactions.Count);
        foreach (var tx in transactions)
        {
            tx.Span.CopyTo(span[position..]);
            position += tx.Length;
        }

        return bytes;
    }

    private static int CompactSizeLength(ulong value) => value switch
    {
        < 0xfd => 1,
        <= 0xffff => 3,
        <= 0xffff_ffff => 5,
        _ => 9,
    };

    private static int WriteCompactSize(Span<byte> destination, ulong value)
    {
        switch (value)
        {
            case < 0xfd:
                destination[0] = (byte)value;
                return 1;
            case <= 0xffff:
                destination[0] = 0xfd;
                BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], (ushort)value);
                return 3;
            case <= 0xffff_ffff:
                destination[0] = 0xfe;
                BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], (uint)value);
                return 5;
            default:
                destination[0] = 0xff;
                BinaryPrimitives.WriteUInt64LittleEndian(destination[1..], value);
                return 9;
        }
    }
}
