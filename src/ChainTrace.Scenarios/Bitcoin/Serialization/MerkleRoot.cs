using System.Security.Cryptography;

namespace ChainTrace.Scenarios.Bitcoin.Serialization;

/// <summary>Bitcoin's merkle root: pairs of 32-byte hashes double-SHA-256'd level by level, an odd last hash paired with itself.</summary>
internal static class MerkleRoot
{
    /// <summary>
    /// Computes the root of the <paramref name="count"/> wire-order hashes in <paramref name="leaves"/> into
    /// <paramref name="root"/>, using <paramref name="scratch"/> (resized as needed) as working space.
    /// </summary>
    public static void Compute(ReadOnlySpan<byte> leaves, int count, ref byte[] scratch, Span<byte> root)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (count == 1)
        {
            leaves[..32].CopyTo(root);
            return;
        }

        var needed = (count + 1) * 32;
        if (scratch.Length < needed)
        {
            scratch = new byte[needed];
        }

        var level = scratch.AsSpan();
        leaves[..(count * 32)].CopyTo(level);
        Span<byte> once = stackalloc byte[32];
        while (count > 1)
        {
            if ((count & 1) != 0)
            {
                level.Slice((count - 1) * 32, 32).CopyTo(level.Slice(count * 32, 32));
                count++;
            }

            for (var i = 0; i < count / 2; i++)
            {
                SHA256.HashData(level.Slice(i * 64, 64), once);
                SHA256.HashData(once, level.Slice(i * 32, 32));
            }

            count /= 2;
        }

        level[..32].CopyTo(root);
    }
}
