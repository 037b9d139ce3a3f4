namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The evidence forest in compact parallel arrays (18 bytes per merge): for each union that joined two clusters, the
/// two addresses, the transaction, the heuristic(s) and the confidence. Append-only while clustering runs, read-only
/// afterwards; reads are thread-safe once the run returned.
/// </summary>
public sealed class EvidenceStore
{
    private int[] _a = new int[1024];
    private int[] _b = new int[1024];
    private int[] _tx = new int[1024];
    private ushort[] _heuristics = new ushort[1024];
    private float[] _confidence = new float[1024];

    /// <summary>Number of merges recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the arrays (their allocated length).</summary>
    public long ArrayBytes => (long)_a.Length * (4 + 4 + 4 + 2 + 4);

    /// <summary>Merge number <paramref name="index"/>, in the order the merges happened.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0…Count-1.</exception>
    public MergeEvidence this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new MergeEvidence(_a[index], _b[index], _tx[index], (ClusteringHeuristic)_heuristics[index], _confidence[index]);
        }
    }

    /// <summary>Number of merges that carry <paramref name="heuristic"/> (any of its bits).</summary>
    public int CountOf(ClusteringHeuristic heuristic)
    {
        var bits = (ushort)heuristic;
        var count = 0;
        for (var i = 0; i < Count; i++)
        {
            count += (_heuristics[i] & bits) != 0 ? 1 : 0;
        }

        return count;
    }

    internal int AddressA(int index) => _a[index];

    internal int AddressB(int index) => _b[index];

    internal ushort HeuristicBits(int index) => _heuristics[index];

    internal void Add(int a, int b, int tx, ClusteringHeuristic heuristics, double confidence)
    {
        if (Count == _a.Length)
        {
            var size = checked(_a.Length * 2);
            Array.Resize(ref _a, size);
            Array.Resize(ref _b, size);
            Array.Resize(ref _tx, size);
            Array.Resize(ref _heuristics, size);
            Array.Resize(ref _confidence, size);
        }

        _a[Count] = a;
        _b[Count] = b;
        _tx[Count] = tx;
        _heuristics[Count] = (ushort)heuristics;
        _confidence[Count] = (float)confidence;
        Count++;
    }
}
