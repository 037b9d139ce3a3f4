using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// SHA-256 in counter mode over (seed, stream name, counter): the same numbers for a seed on every platform and runtime
/// (System.Random's seeded sequence is not a documented contract). Not thread-safe; not for secrets.
/// </summary>
internal sealed class ScenarioRandom
{
    private readonly byte[] _prefix;
    private ulong _counter;

    /// <summary>Creates the generator of <paramref name="stream"/> for <paramref name="seed"/>.</summary>
    public ScenarioRandom(long seed, string stream)
    {
        var name = Encoding.UTF8.GetBytes("ChainTrace.Scenarios.Ethereum/" + stream + "/");
        _prefix = new byte[name.Length + 16];
        name.CopyTo(_prefix, 0);
        BinaryPrimitives.WriteInt64LittleEndian(_prefix.AsSpan(name.Length), seed);
    }

    /// <summary>The next 32 random bytes.</summary>
    public byte[] NextBytes32()
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_prefix.AsSpan(_prefix.Length - 8), _counter++);
        return SHA256.HashData(_prefix);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>) (bias below 2^-64).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty.</exception>
    public long Next(long min, long maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, min);
        var wide = new BigInteger(NextBytes32().AsSpan(0, 16), isUnsigned: true);
        return min + (long)(wide % (ulong)(maxExclusive - min));
    }

    /// <summary>An index in [0, <paramref name="count"/>).</summary>
    public int Index(int count) => (int)Next(0, count);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(0, 100) < percent;

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Index(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
