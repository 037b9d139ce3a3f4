using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>Bitcoin's merkle root over txids (an odd level duplicates its last hash), hashed a level at a time in batches.</summary>
internal static class MerkleTree
{
    /// <summary>
    /// Computes the root of the <paramref name="count"/> 32-byte wire-order hashes at the start of
    /// <paramref name="leaves"/>, using <paramref name="bufferA"/> and <paramref name="bufferB"/> (each at least
    /// (count + 1) × 32 bytes) as working space.
    /// </summary>
    public static Hash256 ComputeRoot(ReadOnlySpan<byte> leaves, int count, Span<byte> bufferA, Span<byte> bufferB)
    {
        if (count == 1)
        {
            return new Hash256(leaves[..32]);
        }

        leaves[..(count * 32)].CopyTo(bufferA);
        var current = bufferA;
        var next = bufferB;
        while (count > 1)
        {
            if ((count & 1) != 0)
            {
                current.Slice((count - 1) * 32, 32).CopyTo(current.Slice(count * 32, 32));
                count++;
            }

            var pairs = count / 2;
            Sha256Lanes.Hash(current[..(count * 32)], 64, twice: true, next);
            count = pairs;
            var swap = current;
            current = next;
            next = swap;
        }

        return new Hash256(current[..32]);
    }
}
