using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// xoshiro256** seeded through SHA-256, so that a seed and a stream name give the same numbers on every platform and
/// runtime version (System.Random's seeded sequence is not a documented contract). Not thread-safe; not for secrets.
/// </summary>
internal sealed class ScenarioRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates the generator of stream <paramref name="stream"/> for <paramref name="seed"/>.</summary>
    public ScenarioRandom(ulong seed, string stream)
    {
        var name = Encoding.UTF8.GetBytes("ChainTrace.Scenarios/" + stream);
        Span<byte> material = stackalloc byte[name.Length + 8];
        name.CopyTo(material);
        BinaryPrimitives.WriteUInt64LittleEndian(material[name.Length..], seed);
        Span<byte> state = stackalloc byte[32];
        SHA256.HashData(material, state);
        _s0 = BinaryPrimitives.ReadUInt64LittleEndian(state);
        _s1 = BinaryPrimitives.ReadUInt64LittleEndian(state[8..]);
        _s2 = BinaryPrimitives.ReadUInt64LittleEndian(state[16..]);
        _s3 = BinaryPrimitives.ReadUInt64LittleEndian(state[24..]);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias (Lemire's method).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)NextUInt64((ulong)maxExclusive);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public long NextInt64(long min, long maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, min);
        return min + (long)NextUInt64((ulong)(maxExclusive - min));
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A value between <paramref name="min"/> and <paramref name="max"/> whose logarithm is uniform.</summary>
    public long LogUniform(long min, long max)
    {
        var low = Math.Log(min);
        var high = Math.Log(max);
        var value = (long)Math.Exp(low + ((high - low) * NextDouble()));
        return Math.Clamp(value, min, max);
    }

    /// <summary>Fills <paramref name="destination"/> with random bytes.</summary>
    public void Fill(Span<byte> destination)
    {
        while (destination.Length >= 8)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(destination, NextUInt64());
            destination = destination[8..];
        }

        if (!destination.IsEmpty)
        {
            Span<byte> last = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(last, NextUInt64());
            last[..destination.Length].CopyTo(destination);
        }
    }

    /// <summary>Fisher–Yates shuffle of <paramref name="items"/>.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Picks an index by <paramref name="weights"/> (non-negative, not all zero).</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var point = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private ulong NextUInt64(ulong range)
    {
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return product;
    }
}
