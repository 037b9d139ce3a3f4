namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Disjoint sets over the dense ids 0…<see cref="Count"/>-1 (address ids): arrays of parents and set sizes, union by
/// size and path halving, so a run of n unions and finds costs O(n α(n)). Not thread-safe.
/// </summary>
/// <remarks>
/// The partition after a series of unions does not depend on their order; <see cref="CanonicalIds"/> names each set by
/// its smallest member, so the names do not depend on it either.
/// </remarks>
public sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    /// <summary>Creates <paramref name="count"/> singleton sets.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public UnionFind(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        SetCount = count;
    }

    /// <summary>Number of elements.</summary>
    public int Count => _parent.Length;

    /// <summary>Number of disjoint sets.</summary>
    public int SetCount { get; private set; }

    /// <summary>Bytes held by the arrays (parents and sizes, 8 per element).</summary>
    public long ArrayBytes => (long)_parent.Length * 8;

    /// <summary>The current root of <paramref name="element"/>'s set (halving the path on the way).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="element"/> is not in 0…Count-1.</exception>
    public int Find(int element)
    {
        var parent = _parent;
        var x = element;
        while (parent[x] != x)
        {
            var grand = parent[parent[x]];
            parent[x] = grand;
            x = grand;
        }

        return x;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <returns>True when they were in different sets (a merge happened); false when already joined.</returns>
    /// <exception cref="IndexOutOfRangeException">An element is not in 0…Count-1.</exception>
    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (_size[ra] < _size[rb] || (_size[ra] == _size[rb] && rb < ra))
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        SetCount--;
        return true;
    }

    /// <summary>Number of elements in <paramref name="element"/>'s set.</summary>
    public int SizeOf(int element) => _size[Find(element)];

    /// <summary>
    /// The set of every element named by its smallest member: <c>result[x]</c> is the smallest element in x's set. Stable:
    /// the same partition gives the same array whatever order the unions came in.
    /// </summary>
    public int[] CanonicalIds()
    {
        var ids = new int[_parent.Length];
        var smallest = new int[_parent.Length];
        Array.Fill(smallest, int.MaxValue);
        for (var x = 0; x < ids.Length; x++)
        {
            var root = Find(x);
            ids[x] = root;
            if (x < smallest[root])
            {
                smallest[root] = x;
            }
        }

        for (var x = 0; x < ids.Length; x++)
        {
            ids[x] = smallest[ids[x]];
        }

        return ids;
    }
}
