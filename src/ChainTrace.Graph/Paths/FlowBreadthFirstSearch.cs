using ChainTrace.Graph.Adapters;

namespace ChainTrace.Graph.Paths;

/// <summary>
/// Breadth-first search straight over a <see cref="FlowGraph"/>'s arrays, on the bipartite node space of
/// <see cref="FlowNodeSpace"/> (transactions, then addresses; an input leg is an edge address → transaction, an output
/// leg transaction → address). The fast path for reachability and hop distances, and the reference the QuikGraph
/// adapters are checked against.
/// </summary>
/// <remarks>
/// Buffers are allocated once per instance and reused by every run: a bitmap of reached nodes (one bit per node, small
/// enough to stay in cache, so the per-edge "seen?" test rarely misses), a depth and a queue slot per node (eight
/// bytes). A run clears only the bits the previous run set when that is cheaper than clearing the bitmap, so a small
/// search on a large graph costs what it visits. Not thread-safe: use one instance per thread; the graph itself may
/// be shared.
/// </remarks>
public sealed class FlowBreadthFirstSearch
{
    private readonly FlowGraphArrays _a;
    private readonly int _txCount;
    private readonly ulong[] _seen;
    private readonly int[] _depth;
    private readonly int[] _queue;
    private int _reached;

    /// <summary>Prepares a search over <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="OverflowException">The graph has more than 2^31-1 nodes.</exception>
    public FlowBreadthFirstSearch(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Nodes = FlowNodeSpace.Of(graph);
        _a = graph.A;
        _txCount = graph.TransactionCount;
        _seen = new ulong[(Nodes.NodeCount + 63) >> 6];
        _depth = new int[Nodes.NodeCount];
        _queue = new int[Nodes.NodeCount];
    }

    /// <summary>The node numbering.</summary>
    public FlowNodeSpace Nodes { get; }

    /// <summary>Hops from the start (or from the root of its tree, after <see cref="RunAll"/>) to <paramref name="node"/> in the last run; -1 when not reached.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a node.</exception>
    public int Depth(int node)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, Nodes.NodeCount);
        return (_seen[node >> 6] & (1UL << node)) != 0 ? _depth[node] : -1;
    }

    /// <summary>Searches from <paramref name="start"/> up to <paramref name="maxDepth"/> hops.</summary>
    /// <param name="start">The start node (see <see cref="Nodes"/>).</param>
    /// <param name="direction">Along the money (default), against it, or both ways.</param>
    /// <param name="maxDepth">Deepest hop count to reach; default unlimited.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not a node, or <paramref name="maxDepth"/> is negative.</exception>
    public TraversalCount Run(int start, PathDirection direction = PathDirection.Forward, int maxDepth = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, Nodes.NodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        Clear();
        Reach(start, 0);
        _queue[0] = start;
        var (reached, edges) = Scan(0, 1, direction, maxDepth);
        _reached = reached;
        return new TraversalCount(reached, edges);
    }

    /// <summary>
    /// Searches the whole graph: from every node not yet reached, in node order, a new tree. Every node is reached
    /// once and, directed, every edge scanned once.
    /// </summary>
    /// <param name="direction">Along the money (default), against it, or both ways.</param>
    public TraversalCount RunAll(PathDirection direction = PathDirection.Forward)
    {
        Clear();
        var tail = 0;
        long edges = 0;
        for (var root = 0; root < Nodes.NodeCount; root++)
        {
            if ((_seen[root >> 6] & (1UL << root)) != 0)
            {
                continue;
            }

            Reach(root, 0);
            _queue[tail] = root;
            var (end, scanned) = Scan(tail, tail + 1, direction, int.MaxValue);
            tail = end;
            edges += scanned;
        }

        _reached = tail;
        return new TraversalCount(tail, edges);
    }

    /// <summary>Forgets the previous run: clears the bits it set (listed in the queue), or the whole bitmap when that is smaller.</summary>
    private void Clear()
    {
        if (_reached > _seen.Length)
        {
            Array.Clear(_seen);
        }
        else
        {
            for (var i = 0; i < _reached; i++)
            {
                _seen[_queue[i] >> 6] = 0;
            }
        }

        _reached = 0;
    }

    private void Reach(int node, int depth)
    {
        _seen[node >> 6] |= 1UL << node;
        _depth[node] = depth;
    }

    /// <summary>
    /// Drains the queue from <paramref name="head"/> (one start node at depth 0); returns the new tail and the edges
    /// scanned. Nodes are taken in batches of one level: first every node's leg range is read (independent loads the
    /// processor overlaps), then the ranges are walked.
    /// </summary>
    private (int Tail, long Edges) Scan(int head, int tail, PathDirection direction, int maxDepth)
    {
        const int Batch = 32;
        Span<int> first = stackalloc int[Batch];
        Span<int> last = stackalloc int[Batch];
        long edges = 0;
        var depth = 0;
        var levelEnd = tail;
        while (head < tail && depth < maxDepth)
        {
            var count = Math.Min(Batch, levelEnd - head);
            if (direction != PathDirection.Backward)
            {
                Ranges(head, count, _a.TxOutStart, _a.AddrSpendStart, first, last);
                edges += Expand(head, count, depth + 1, ref tail, first, last, _a.OutAddress, _a.AddrSpends, _a.InTx);
            }

            if (direction != PathDirection.Forward)
            {
                Ranges(head, count, _a.TxInStart, _a.AddrReceiptStart, first, last);
                edges += Expand(head, count, depth + 1, ref tail, first, last, _a.InAddress, _a.AddrReceipts, _a.OutTx);
            }

            head += count;
            if (head == levelEnd)
            {
                depth++;
                levelEnd = tail;
            }
        }

        return (tail, edges);
    }

    /// <summary>The leg ranges of the queued nodes <paramref name="head"/> … +<paramref name="count"/>, from a transaction or an address start array.</summary>
    private void Ranges(int head, int count, int[] txStart, int[] addressStart, Span<int> first, Span<int> last)
    {
        var queue = _queue;
        var txCount = _txCount;
        for (var i = 0; i < count; i++)
        {
            var node = queue[head + i];
            var (starts, index) = node < txCount ? (txStart, node) : (addressStart, node - txCount);
            first[i] = starts[index];
            last[i] = starts[index + 1];
        }
    }

    /// <summary>
    /// Enqueues the unreached neighbours of a batch of queued nodes through one side's legs: a transaction's legs name
    /// addresses (<paramref name="legAddress"/>), an address's legs (<paramref name="addressLegs"/>) name transactions
    /// (<paramref name="legTx"/>). Returns the edges scanned.
    /// </summary>
    private int Expand(int head, int count, int depth, ref int tail, ReadOnlySpan<int> first, ReadOnlySpan<int> last, int[] legAddress, int[] addressLegs, int[] legTx)
    {
        var seen = _seen;
        var depths = _depth;
        var queue = _queue;
        var txCount = _txCount;
        var end = tail;
        var scanned = 0;
        for (var b = 0; b < count; b++)
        {
            var from = first[b];
            var to = last[b];
            if (queue[head + b] < txCount)
            {
                for (var leg = from; leg < to; leg++)
                {
                    var address = legAddress[leg];
                    if (address < 0)
                    {
                        continue;
                    }

                    scanned++;
                    var next = txCount + address;
                    var bit = 1UL << next;
                    if ((seen[next >> 6] & bit) == 0)
                    {
                        seen[next >> 6] |= bit;
                        depths[next] = depth;
                        queue[end++] = next;
                    }
                }
            }
            else
            {
                for (var i = from; i < to; i++)
                {
                    var next = legTx[addressLegs[i]];
                    var bit = 1UL << next;
                    if ((seen[next >> 6] & bit) == 0)
                    {
                        seen[next >> 6] |= bit;
                        depths[next] = depth;
                        queue[end++] = next;
                    }
                }

                scanned += to - from;
            }
        }

        tail = end;
        return scanned;
    }
}
