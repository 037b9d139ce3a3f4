using System.Buffers.Binary;
using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>The fields of an 80-byte Bitcoin block header and the block hash computed from it.</summary>
/// <param name="Hash">Double SHA-256 of the 80 header bytes (wire order; display with <see cref="Hash256.ToReversedHex"/>).</param>
/// <param name="Version">Header version, signed as Core prints it.</param>
/// <param name="PreviousBlockHash">Hash of the parent block; zero for a genesis block.</param>
/// <param name="MerkleRoot">Merkle root of the block's txids as the header states it.</param>
/// <param name="Timestamp">Header time, Unix seconds.</param>
/// <param name="Bits">Compact difficulty target.</param>
/// <param name="Nonce">Header nonce.</param>
public readonly record struct BlockHeader(
    Hash256 Hash,
    int Version,
    Hash256 PreviousBlockHash,
    Hash256 MerkleRoot,
    uint Timestamp,
    uint Bits,
    uint Nonce)
{
    /// <summary>The serialized header length in bytes (80).</summary>
    public const int Size = 80;

    /// <summary>Byte offset of the merkle root within the header (36).</summary>
    public const int MerkleRootOffset = 36;

    /// <summary><see cref="Bits"/> as 8 lowercase hex digits, e.g. <c>1d00ffff</c> (allocates the string).</summary>
    public string BitsHex => Bits.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Parses the header in the first 80 bytes of <paramref name="data"/> and hashes it.</summary>
    /// <returns>False (never throws) when fewer than 80 bytes are given.</returns>
    public static bool TryParse(ReadOnlySpan<byte> data, out BlockHeader header)
    {
        if (data.Length < Size)
        {
            header = default;
            return false;
        }

        var bytes = data[..Size];
        header = new BlockHeader(
            BitcoinHashes.DoubleSha256(bytes),
            BinaryPrimitives.ReadInt32LittleEndian(bytes),
            new Hash256(bytes.Slice(4, 32)),
            new Hash256(bytes.Slice(MerkleRootOffset, 32)),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(68, 4)),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(72, 4)),
            BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(76, 4)));
        return true;
    }
}
