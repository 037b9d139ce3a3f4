using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Decodes the compact difficulty encoding (<c>bits</c>) the way Bitcoin Core does, and derives the proof of work
/// of a block: work = 2^256 / (target + 1).
/// </summary>
internal static class CompactTarget
{
    private static readonly BigInteger TwoTo256 = BigInteger.One << 256;
    private static readonly BigInteger MaxUInt128 = (BigInteger)UInt128.MaxValue;

    /// <summary>
    /// Decodes <paramref name="bits"/>: the low 23 bits are the mantissa, bit 23 the sign, the top byte the size in
    /// bytes. Returns false for a negative, overflowing (more than 256 bits) or zero target, which no valid block has.
    /// </summary>
    public static bool TryDecode(uint bits, out BigInteger target)
    {
        var size = (int)(bits >> 24);
        var word = bits & 0x007fffffu;
        if (size <= 3)
        {
            word >>= 8 * (3 - size);
            target = new BigInteger(word);
        }
        else
        {
            target = new BigInteger(word) << (8 * (size - 3));
        }

        var negative = word != 0 && (bits & 0x00800000u) != 0;
        var overflow = word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
        return !negative && !overflow && !target.IsZero;
    }

    /// <summary>
    /// The work a block with <paramref name="bits"/> proves: 2^256 / (target + 1), 0 for an invalid target, and
    /// saturated at <see cref="UInt128.MaxValue"/> (only targets below 2^128 reach it, which no real chain has).
    /// </summary>
    public static UInt128 Work(uint bits)
    {
        if (!TryDecode(bits, out var target))
        {
            return UInt128.Zero;
        }

        var work = TwoTo256 / (target + 1);
        return work > MaxUInt128 ? UInt128.MaxValue : (UInt128)work;
    }

    /// <summary>True when <paramref name="hash"/>, read as a 256-bit little-endian number, is at most the target of
    /// <paramref name="bits"/> (and the target is valid).</summary>
    public static bool MeetsTarget(Hash256 hash, uint bits)
    {
        if (!TryDecode(bits, out var target))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Hash256.Size];
        hash.CopyTo(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false) <= target;
    }
}
