using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChainTrace.Bitcoin;

/// <summary>
/// The eight-lane SHA-256 kernel behind <see cref="Sha256Lanes"/>: the compression function on 256-bit vectors
/// (one message per 32-bit lane), and the transposes that move blocks and digests between lane and byte order.
/// </summary>
internal static class Sha256x8
{
    /// <summary>The number of lanes (messages per pass).</summary>
    public const int Lanes = 8;

    public static Vector256<uint> LaneMask(uint lanes)
    {
        var bits = Vector256.Create(1u, 2u, 4u, 8u, 16u, 32u, 64u, 128u);
        return Vector256.Equals(Vector256.Create(lanes) & bits, bits);
    }

    /// <summary>Loads one 64-byte block per lane and transposes them into the 16 big-endian schedule words.</summary>
    public static void LoadBlocks(ReadOnlySpan<byte> source, ReadOnlySpan<byte> tails, ReadOnlySpan<bool> fromSource, ReadOnlySpan<int> offsets, ref Schedule schedule)
    {
        if (Avx2.IsSupported)
        {
            var swap = Vector256.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
            var rows = default(State);
            for (var half = 0; half < 2; half++)
            {
                for (var lane = 0; lane < Lanes; lane++)
                {
                    var bytes = (fromSource[lane] ? source : tails).Slice(offsets[lane] + (half * 32), 32);
                    rows[lane] = Avx2.Shuffle(Vector256.Create<byte>(bytes), swap).AsUInt32();
                }

                Transpose(ref rows, ref schedule, half * 8);
            }

            return;
        }

        Span<uint> words = stackalloc uint[16 * Lanes];
        for (var lane = 0; lane < Lanes; lane++)
        {
            var bytes = (fromSource[lane] ? source : tails).Slice(offsets[lane], 64);
            for (var j = 0; j < 16; j++)
            {
                words[(j * Lanes) + lane] = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(j * 4, 4));
            }
        }

        for (var j = 0; j < 16; j++)
        {
            schedule[j] = Vector256.Create<uint>(words.Slice(j * Lanes, Lanes));
        }
    }

    /// <summary>8×8 transpose of 32-bit words: row r (lane r's words) becomes column r of schedule[first..first+8].</summary>
    public static void Transpose(ref State rows, ref Schedule schedule, int first)
    {
        var t0 = Avx2.UnpackLow(rows[0], rows[1]);
        var t1 = Avx2.UnpackHigh(rows[0], rows[1]);
        var t2 = Avx2.UnpackLow(rows[2], rows[3]);
        var t3 = Avx2.UnpackHigh(rows[2], rows[3]);
        var t4 = Avx2.UnpackLow(rows[4], rows[5]);
        var t5 = Avx2.UnpackHigh(rows[4], rows[5]);
        var t6 = Avx2.UnpackLow(rows[6], rows[7]);
        var t7 = Avx2.UnpackHigh(rows[6], rows[7]);
        var u0 = Avx2.UnpackLow(t0.AsUInt64(), t2.AsUInt64()).AsUInt32();
        var u1 = Avx2.UnpackHigh(t0.AsUInt64(), t2.AsUInt64()).AsUInt32();
        var u2 = Avx2.UnpackLow(t1.AsUInt64(), t3.AsUInt64()).AsUInt32();
        var u3 = Avx2.UnpackHigh(t1.AsUInt64(), t3.AsUInt64()).AsUInt32();
        var u4 = Avx2.UnpackLow(t4.AsUInt64(), t6.AsUInt64()).AsUInt32();
        var u5 = Avx2.UnpackHigh(t4.AsUInt64(), t6.AsUInt64()).AsUInt32();
        var u6 = Avx2.UnpackLow(t5.AsUInt64(), t7.AsUInt64()).AsUInt32();
        var u7 = Avx2.UnpackHigh(t5.AsUInt64(), t7.AsUInt64()).AsUInt32();
        schedule[first + 0] = Avx2.Permute2x128(u0, u4, 0x20);
        schedule[first + 1] = Avx2.Permute2x128(u1, u5, 0x20);
        schedule[first + 2] = Avx2.Permute2x128(u2, u6, 0x20);
        schedule[first + 3] = Avx2.Permute2x128(u3, u7, 0x20);
        schedule[first + 4] = Avx2.Permute2x128(u0, u4, 0x31);
        schedule[first + 5] = Avx2.Permute2x128(u1, u5, 0x31);
        schedule[first + 6] = Avx2.Permute2x128(u2, u6, 0x31);
        schedule[first + 7] = Avx2.Permute2x128(u3, u7, 0x31);
    }

    /// <summary>Writes each job's lane of the state as its 32-byte big-endian digest.</summary>
    public static void StoreDigests(ref State final, ReadOnlySpan<HashJob> jobs, Span<byte> digests)
    {
        if (Avx2.IsSupported)
        {
            // Transposing the state turns word j of every lane into the eight words of each lane.
            var rows = default(Schedule);
            Transpose(ref final, ref rows, 0);
            var swap = Vector256.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
            for (var lane = 0; lane < jobs.Length; lane++)
            {
                Avx2.Shuffle(rows[lane].AsByte(), swap).CopyTo(digests.Slice(jobs[lane].Destination * 32, 32));
            }

            return;
        }

        Span<uint> words = stackalloc uint[8 * Lanes];
        for (var j = 0; j < 8; j++)
        {
            final[j].CopyTo(words.Slice(j * Lanes, Lanes));
        }

        for (var lane = 0; lane < jobs.Length; lane++)
        {
            var digest = digests.Slice(jobs[lane].Destination * 32, 32);
            for (var j = 0; j < 8; j++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(digest.Slice(j * 4, 4), words[(j * Lanes) + lane]);
            }
        }
    }

    public static void Compress(ref State state, ref Schedule w)
    {
        var a = state[0];
        var b = state[1];
        var c = state[2];
        var d = state[3];
        var e = state[4];
        var f = state[5];
        var g = state[6];
        var h = state[7];
        ref var k = ref MemoryMarshal.GetArrayDataReference(Sha256Constants.RoundConstants);
        ref var w0 = ref Unsafe.As<Schedule, Vector256<uint>>(ref w);

        // Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this round's a ^ b is the next round's b ^ c.
        var bc = b ^ c;
        for (var t = 0; t < 16; t++)
        {
            var t1 = h + BigSigma1(e) + (g ^ (e & (f ^ g))) + Vector256.Create(Unsafe.Add(ref k, t)) + Unsafe.Add(ref w0, t);
            var ab = a ^ b;
            var t2 = BigSigma0(a) + (b ^ (ab & bc));
            bc = ab;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        for (var t = 16; t < 64; t++)
        {
            ref var wt = ref Unsafe.Add(ref w0, t & 15);
            wt = SmallSigma1(Unsafe.Add(ref w0, (t - 2) & 15)) + Unsafe.Add(ref w0, (t - 7) & 15)
                + SmallSigma0(Unsafe.Add(ref w0, (t - 15) & 15)) + wt;
            var t1 = h + BigSigma1(e) + (g ^ (e & (f ^ g))) + Vector256.Create(Unsafe.Add(ref k, t)) + wt;
            var ab = a ^ b;
            var t2 = BigSigma0(a) + (b ^ (ab & bc));
            bc = ab;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotr(Vector256<uint> x, int n) =>
        Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> BigSigma0(Vector256<uint> x) => Rotr(x, 2) ^ Rotr(x, 13) ^ Rotr(x, 22);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> BigSigma1(Vector256<uint> x) => Rotr(x, 6) ^ Rotr(x, 11) ^ Rotr(x, 25);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> SmallSigma0(Vector256<uint> x) => Rotr(x, 7) ^ Rotr(x, 18) ^ Vector256.ShiftRightLogical(x, 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> SmallSigma1(Vector256<uint> x) => Rotr(x, 17) ^ Rotr(x, 19) ^ Vector256.ShiftRightLogical(x, 10);

    /// <summary>Eight vectors: the working state (word j of every lane), or eight lanes' rows during a transpose.</summary>
    [InlineArray(8)]
    internal struct State
    {
        private Vector256<uint> _element;

        public void Reset()
        {
            for (var j = 0; j < 8; j++)
            {
                this[j] = Vector256.Create(Sha256Constants.InitialState[j]);
            }
        }
    }

    /// <summary>The rolling 16-word message schedule.</summary>
    [InlineArray(16)]
    internal struct Schedule
    {
        private Vector256<uint> _element;
    }
}
