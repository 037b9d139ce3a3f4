using ChainTrace.Core;

namespace ChainTrace.Graph.Loading;

/// <summary>The per-transaction columns of a Bitcoin load, pre-sized from a count.</summary>
internal sealed class TransactionColumns(int count)
{
    public Hash256[] Hash { get; } = new Hash256[count];

    public int[] Block { get; } = new int[count];

    public int[] Position { get; } = new int[count];

    public long[] Time { get; } = new long[count];

    public byte[] Kind { get; } = new byte[count];

    /// <summary>Transaction id by hash (the later one for a BIP30 duplicate: the one that replaced it).</summary>
    public Dictionary<Hash256, int> ById { get; } = new(count);
}
