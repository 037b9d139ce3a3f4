using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChainTrace.Graph.Tags;

/// <summary>
/// SHA-256 of a message of at most 55 bytes (one block), in managed code. Base58check needs two such hashes per
/// address; the platform's <c>SHA256.HashData</c> goes through OpenSSL with a per-call cost about ten times the hash
/// itself, which made checking half a million addresses take seconds.
/// </summary>
internal static class Sha256Block
{
    /// <summary>The largest message one block holds.</summary>
    public const int MaxMessageLength = 55;

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>Writes SHA-256(<paramref name="message"/>) to <paramref name="hash"/> (32 bytes; may overlap the message).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The message is longer than 55 bytes or the output shorter than 32.</exception>
    public static void Hash(ReadOnlySpan<byte> message, Span<byte> hash)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(message.Length, MaxMessageLength, nameof(message));
        ArgumentOutOfRangeException.ThrowIfLessThan(hash.Length, 32, nameof(hash));
        Span<byte> block = stackalloc byte[64];
        block.Clear();
        message.CopyTo(block);
        block[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)message.Length * 8);

        // The message schedule, indexed without bounds checks (all indices are 0..63 by construction).
        Span<uint> schedule = stackalloc uint[64];
        ref var w = ref MemoryMarshal.GetReference(schedule);
        for (var i = 0; i < 16; i++)
        {
            Unsafe.Add(ref w, i) = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }

        for (var i = 16; i < 64; i++)
        {
            var w15 = Unsafe.Add(ref w, i - 15);
            var w2 = Unsafe.Add(ref w, i - 2);
            var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
            var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            Unsafe.Add(ref w, i) = Unsafe.Add(ref w, i - 16) + s0 + Unsafe.Add(ref w, i - 7) + s1;
        }

        ref var k = ref MemoryMarshal.GetReference(K);
        uint a = 0x6a09e667, b = 0xbb67ae85, c = 0x3c6ef372, d = 0xa54ff53a;
        uint e = 0x510e527f, f = 0x9b05688c, g = 0x1f83d9ab, h = 0x5be0cd19;
        for (var i = 0; i < 64; i++)
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                + ((e & f) ^ (~e & g)) + Unsafe.Add(ref k, i) + Unsafe.Add(ref w, i);
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        BinaryPrimitives.WriteUInt32BigEndian(hash, 0x6a09e667 + a);
        BinaryPrimitives.WriteUInt32BigEndian(hash[4..], 0xbb67ae85 + b);
        BinaryPrimitives.WriteUInt32BigEndian(hash[8..], 0x3c6ef372 + c);
        BinaryPrimitives.WriteUInt32BigEndian(hash[12..], 0xa54ff53a + d);
        BinaryPrimitives.WriteUInt32BigEndian(hash[16..], 0x510e527f + e);
        BinaryPrimitives.WriteUInt32BigEndian(hash[20..], 0x9b05688c + f);
        BinaryPrimitives.WriteUInt32BigEndian(hash[24..], 0x1f83d9ab + g);
        BinaryPrimitives.WriteUInt32BigEndian(hash[28..], 0x5be0cd19 + h);
    }
}
