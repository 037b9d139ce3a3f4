namespace ChainTrace.Graph.Clustering;

/// <summary>Adjacency (CSR) of the evidence forest: for each address, the evidence records that touch it.</summary>
internal sealed class EvidenceForest
{
    private readonly int[] _start;
    private readonly int[] _edges;
    private readonly EvidenceStore _store;

    public EvidenceForest(EvidenceStore store, int addressCount)
    {
        _store = store;
        _start = new int[addressCount + 1];
        for (var i = 0; i < store.Count; i++)
        {
            _start[store.AddressA(i) + 1]++;
            _start[store.AddressB(i) + 1]++;
        }

        for (var a = 0; a < addressCount; a++)
        {
            _start[a + 1] += _start[a];
        }

        _edges = new int[_start[addressCount]];
        var next = _start[..^1];
        for (var i = 0; i < store.Count; i++)
        {
            _edges[next[store.AddressA(i)]++] = i;
            _edges[next[store.AddressB(i)]++] = i;
        }
    }

    /// <summary>The evidence records touching <paramref name="address"/>, in merge order.</summary>
    public ReadOnlySpan<int> EdgesOf(int address) => _edges.AsSpan(_start[address], _start[address + 1] - _start[address]);

    /// <summary>The address at the other end of evidence <paramref name="edge"/> from <paramref name="address"/>.</summary>
    public int Other(int edge, int address) => _store.AddressA(edge) == address ? _store.AddressB(edge) : _store.AddressA(edge);

    /// <summary>The evidence records on the path from <paramref name="from"/> to <paramref name="to"/> (BFS), or null when not connected.</summary>
    public List<int>? Path(int from, int to)
    {
        if (from == to)
        {
            return [];
        }

        var cameBy = new Dictionary<int, int> { [from] = -1 };
        var queue = new Queue<int>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var address = queue.Dequeue();
            foreach (var edge in EdgesOf(address))
            {
                var next = Other(edge, address);
                if (!cameBy.TryAdd(next, edge))
                {
                    continue;
                }

                if (next == to)
                {
                    var path = new List<int>();
                    for (var at = to; at != from; at = Other(cameBy[at], at))
                    {
                        path.Add(cameBy[at]);
                    }

                    path.Reverse();
                    return path;
                }

                queue.Enqueue(next);
            }
        }

        return null;
    }
}
