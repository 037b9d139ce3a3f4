using System.Buffers.Binary;
using System.Security.Cryptography;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// The fields of an 80-byte block header that chain selection needs, and the block hash (double SHA-256 of the
/// header). Layout: version (int32 LE), previous block hash (32), merkle root (32), time (uint32 LE),
/// bits (uint32 LE), nonce (uint32 LE).
/// </summary>
internal readonly struct BlkHeader
{
    /// <summary>The serialized header length in bytes.</summary>
    public const int Size = 80;

    private BlkHeader(Hash256 hash, Hash256 previousBlockHash, uint time, uint bits)
    {
        Hash = hash;
        PreviousBlockHash = previousBlockHash;
        Time = time;
        Bits = bits;
    }

    /// <summary>The block hash in wire order.</summary>
    public Hash256 Hash { get; }

    /// <summary>The parent's hash in wire order (zero for a genesis block).</summary>
    public Hash256 PreviousBlockHash { get; }

    /// <summary>Header time, Unix seconds.</summary>
    public uint Time { get; }

    /// <summary>Compact difficulty target.</summary>
    public uint Bits { get; }

    /// <summary>Reads the first 80 bytes of <paramref name="header"/> (the caller guarantees at least 80).</summary>
    public static BlkHeader Read(ReadOnlySpan<byte> header) =>
        new(
            ComputeHash(header),
            new Hash256(header.Slice(4, Hash256.Size)),
            BinaryPrimitives.ReadUInt32LittleEndian(header[68..]),
            BinaryPrimitives.ReadUInt32LittleEndian(header[72..]));

    /// <summary>Double SHA-256 of the first 80 bytes, in wire order.</summary>
    public static Hash256 ComputeHash(ReadOnlySpan<byte> header)
    {
        Span<byte> digest = stackalloc byte[Hash256.Size];
        SHA256.HashData(header[..Size], digest);
        SHA256.HashData(digest, digest);
        return new Hash256(digest);
    }
}
