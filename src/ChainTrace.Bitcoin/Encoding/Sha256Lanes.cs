using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace ChainTrace.Bitcoin;

/// <summary>
/// SHA-256 and double SHA-256 of many messages at once, eight per pass in the lanes of 256-bit vectors.
/// </summary>
/// <remarks>
/// Parsing a block hashes tens of thousands of short messages (transactions, merkle nodes, Base58Check payloads).
/// Through the platform's SHA-256 each costs a native call of several hundred nanoseconds before any hashing; here
/// eight messages of similar length share one pass of vector instructions instead. Messages longer than
/// <see cref="LaneLengthLimit"/> bytes, and everything on hardware without 256-bit vectors, go through
/// <see cref="SHA256"/>, whose per-byte speed (SHA extensions) wins there.
/// </remarks>
internal static class Sha256Lanes
{
    /// <summary>Messages longer than this many bytes are hashed one by one by the platform.</summary>
    public const int LaneLengthLimit = 2048;

    private const int Lanes = Sha256x8.Lanes;
    private const int MaxBlocks = (LaneLengthLimit + 9 + 63) / 64;

    /// <summary>True when the eight-lane path is used (256-bit vectors are hardware accelerated).</summary>
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>
    /// Hashes <c>messages.Length / messageLength</c> consecutive messages of <paramref name="messageLength"/> bytes,
    /// writing one 32-byte digest per message to <paramref name="digests"/>; with <paramref name="twice"/> each digest
    /// is SHA-256(SHA-256(message)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The message length is not positive.</exception>
    /// <exception cref="ArgumentException">The digest span is too short.</exception>
    public static void Hash(ReadOnlySpan<byte> messages, int messageLength, bool twice, Span<byte> digests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(messageLength, 1);
        var count = messages.Length / messageLength;
        if (digests.Length < count * 32)
        {
            throw new ArgumentException("The digest span is too short.", nameof(digests));
        }

        if (!IsAccelerated || messageLength > LaneLengthLimit)
        {
            for (var i = 0; i < count; i++)
            {
                HashOne(messages.Slice(i * messageLength, messageLength), twice, digests.Slice(i * 32, 32));
            }

            return;
        }

        Span<HashJob> group = stackalloc HashJob[Lanes];
        for (var start = 0; start < count; start += Lanes)
        {
            var lanes = Math.Min(Lanes, count - start);
            for (var lane = 0; lane < lanes; lane++)
            {
                group[lane] = new HashJob((start + lane) * messageLength, messageLength, start + lane);
            }

            HashGroup(messages, group[..lanes], twice, digests);
        }
    }

    /// <summary>
    /// Hashes every job's byte range of <paramref name="source"/> into digest slot <see cref="HashJob.Destination"/> of
    /// <paramref name="digests"/>. Reorders <paramref name="jobs"/> (by length, so lanes of a pass finish together).
    /// </summary>
    public static void HashMany(ReadOnlySpan<byte> source, Span<HashJob> jobs, bool twice, Span<byte> digests)
    {
        if (!IsAccelerated)
        {
            foreach (var job in jobs)
            {
                HashOne(source.Slice(job.Offset, job.Length), twice, digests.Slice(job.Destination * 32, 32));
            }

            return;
        }

        var laneCount = SortByBlockCount(jobs);
        for (var i = laneCount; i < jobs.Length; i++)
        {
            var job = jobs[i];
            HashOne(source.Slice(job.Offset, job.Length), twice, digests.Slice(job.Destination * 32, 32));
        }

        for (var start = 0; start < laneCount; start += Lanes)
        {
            HashGroup(source, jobs[start..Math.Min(laneCount, start + Lanes)], twice, digests);
        }
    }

    private static void HashOne(ReadOnlySpan<byte> message, bool twice, Span<byte> digest)
    {
        SHA256.HashData(message, digest);
        if (twice)
        {
            Span<byte> first = stackalloc byte[32];
            digest.CopyTo(first);
            SHA256.HashData(first, digest);
        }
    }

    /// <summary>
    /// Counting-sorts the jobs short enough for lanes by block count, moving longer ones to the end; returns how many
    /// jobs go through lanes.
    /// </summary>
    private static int SortByBlockCount(Span<HashJob> jobs)
    {
        Span<int> starts = stackalloc int[MaxBlocks + 2];
        starts.Clear();
        foreach (var job in jobs)
        {
            starts[BucketOf(job.Length) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        var laneCount = starts[MaxBlocks];
        var rented = ArrayPool<HashJob>.Shared.Rent(jobs.Length);
        try
        {
            foreach (var job in jobs)
            {
                rented[starts[BucketOf(job.Length)]++] = job;
            }

            rented.AsSpan(0, jobs.Length).CopyTo(jobs);
        }
        finally
        {
            ArrayPool<HashJob>.Shared.Return(rented);
        }

        return laneCount;
    }

    /// <summary>Bucket 0..MaxBlocks-1 for lane jobs (block count − 1), MaxBlocks for jobs hashed by the platform.</summary>
    private static int BucketOf(int length) => length > LaneLengthLimit ? MaxBlocks : ((length + 9 + 63) / 64) - 1;

    /// <summary>Hashes up to eight jobs in one pass; lanes without a job, or whose message has ended, hash zeros.</summary>
    private static void HashGroup(ReadOnlySpan<byte> source, ReadOnlySpan<HashJob> jobs, bool twice, Span<byte> digests)
    {
        // Each lane's last one or two blocks (message tail, 0x80, zeros, bit length) are built here; earlier blocks
        // are read straight from the source.
        Span<byte> tails = stackalloc byte[(Lanes * 128) + 64];
        tails.Clear();
        var zeroBlock = Lanes * 128;
        Span<int> fullBlocks = stackalloc int[Lanes];
        Span<int> blockCounts = stackalloc int[Lanes];
        var maxBlocks = 0;
        for (var lane = 0; lane < jobs.Length; lane++)
        {
            var job = jobs[lane];
            var full = job.Length / 64;
            var rest = job.Length - (full * 64);
            var tail = tails.Slice(lane * 128, 128);
            source.Slice(job.Offset + (full * 64), rest).CopyTo(tail);
            tail[rest] = 0x80;
            var tailBlocks = rest + 9 > 64 ? 2 : 1;
            BinaryPrimitives.WriteUInt64BigEndian(tail.Slice((tailBlocks * 64) - 8, 8), (ulong)job.Length * 8);
            fullBlocks[lane] = full;
            blockCounts[lane] = full + tailBlocks;
            maxBlocks = Math.Max(maxBlocks, full + tailBlocks);
        }

        var schedule = default(Sha256x8.Schedule);
        var state = default(Sha256x8.State);
        var final = default(Sha256x8.State);
        state.Reset();
        Span<int> blockOffsets = stackalloc int[Lanes];
        Span<bool> fromSource = stackalloc bool[Lanes];
        for (var block = 0; block < maxBlocks; block++)
        {
            uint finishing = 0;
            for (var lane = 0; lane < Lanes; lane++)
            {
                if (lane >= jobs.Length || block >= blockCounts[lane])
                {
                    fromSource[lane] = false;
                    blockOffsets[lane] = zeroBlock;
                    continue;
                }

                if (block < fullBlocks[lane])
                {
                    fromSource[lane] = true;
                    blockOffsets[lane] = jobs[lane].Offset + (block * 64);
                }
                else
                {
                    fromSource[lane] = false;
                    blockOffsets[lane] = (lane * 128) + ((block - fullBlocks[lane]) * 64);
                }

                if (block == blockCounts[lane] - 1)
                {
                    finishing |= 1u << lane;
                }
            }

            Sha256x8.LoadBlocks(source, tails, fromSource, blockOffsets, ref schedule);
            Sha256x8.Compress(ref state, ref schedule);
            if (finishing != 0)
            {
                var mask = Sha256x8.LaneMask(finishing);
                for (var j = 0; j < 8; j++)
                {
                    final[j] = Vector256.ConditionalSelect(mask, state[j], final[j]);
                }
            }
        }

        if (twice)
        {
            for (var j = 0; j < 8; j++)
            {
                schedule[j] = final[j];
            }

            schedule[8] = Vector256.Create(0x80000000u);
            for (var j = 9; j < 15; j++)
            {
                schedule[j] = Vector256<uint>.Zero;
            }

            schedule[15] = Vector256.Create(256u);
            final.Reset();
            Sha256x8.Compress(ref final, ref schedule);
        }

        Sha256x8.StoreDigests(ref final, jobs, digests);
    }
}
