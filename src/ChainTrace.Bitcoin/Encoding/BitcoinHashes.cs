using System.Security.Cryptography;
using ChainTrace.Core;
using Org.BouncyCastle.Crypto.Digests;

namespace ChainTrace.Bitcoin;

/// <summary>The hash functions Bitcoin builds on: SHA-256, double SHA-256 and HASH160 (RIPEMD-160 of SHA-256).</summary>
/// <remarks>All members are thread-safe and allocation-free (each thread keeps one RIPEMD-160 state for <see cref="Hash160"/>).</remarks>
public static class BitcoinHashes
{
    /// <summary>The length of a SHA-256 digest in bytes (32).</summary>
    public const int Sha256Length = 32;

    /// <summary>The length of a HASH160 digest in bytes (20).</summary>
    public const int Hash160Length = 20;

    [ThreadStatic]
    private static RipeMD160Digest? t_ripemd;

    /// <summary>Writes SHA-256(<paramref name="data"/>) into the first 32 bytes of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        EnsureLength(destination, Sha256Length);
        SHA256.HashData(data, destination);
    }

    /// <summary>Writes SHA-256(SHA-256(<paramref name="data"/>)) into the first 32 bytes of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public static void DoubleSha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        EnsureLength(destination, Sha256Length);
        Span<byte> first = stackalloc byte[Sha256Length];
        SHA256.HashData(data, first);
        SHA256.HashData(first, destination);
    }

    /// <summary>
    /// SHA-256(SHA-256(<paramref name="data"/>)) as a <see cref="Hash256"/> in wire order: the txid of a serialized
    /// transaction or the hash of an 80-byte block header.
    /// </summary>
    public static Hash256 DoubleSha256(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Sha256Length];
        DoubleSha256(data, digest);
        return new Hash256(digest);
    }

    /// <summary>
    /// Writes HASH160(<paramref name="data"/>) = RIPEMD-160(SHA-256(data)) into the first 20 bytes of
    /// <paramref name="destination"/>: the hash in P2PKH and P2SH scripts and addresses.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 20 bytes.</exception>
    public static void Hash160(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        EnsureLength(destination, Hash160Length);
        Span<byte> sha = stackalloc byte[Sha256Length];
        SHA256.HashData(data, sha);
        var ripemd = t_ripemd ??= new RipeMD160Digest();
        ripemd.Reset();
        ripemd.BlockUpdate(sha);
        ripemd.DoFinal(destination);
    }

    private static void EnsureLength(Span<byte> destination, int length)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination needs at least {length} bytes.", nameof(destination));
        }
    }
}
