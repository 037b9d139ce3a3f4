namespace ChainTrace.Graph.Paths;

/// <summary>
/// Depth-first enumeration of simple paths (no address twice) up to the hop limit. Branches are pruned with a lower
/// bound on the hops still needed, from a breadth-first search backwards from the target that ignores time order and
/// the no-repeat rule. Stops after finding one path more than the cap, to report truncation exactly.
/// </summary>
internal sealed class SimplePathEnumerator
{
    private readonly PathOptions _options;
    private readonly int _to;
    private readonly int _maxPaths;
    private readonly CancellationToken _cancellationToken;
    private readonly HopExpander _expander;
    private readonly List<HopStep>[] _buffers;
    private readonly List<HopLink> _path = [];
    private readonly HashSet<int> _onPath = [];
    private readonly List<List<HopLink>> _found = [];
    private Dictionary<int, int> _hopsToTarget = [];

    private SimplePathEnumerator(FlowGraph graph, int to, PathOptions options, int maxPaths, CancellationToken cancellationToken)
    {
        _options = options;
        _to = to;
        _maxPaths = maxPaths;
        _cancellationToken = cancellationToken;
        _expander = new HopExpander(graph, options);
        _buffers = new List<HopStep>[options.MaxHops];
        for (var i = 0; i < _buffers.Length; i++)
        {
            _buffers[i] = [];
        }
    }

    /// <summary>True once the cap was exceeded.</summary>
    public bool Truncated { get; private set; }

    public static (List<List<HopLink>> Paths, bool Truncated) Run(FlowGraph graph, int from, int to, PathOptions options, int maxPaths, CancellationToken cancellationToken)
    {
        var search = new SimplePathEnumerator(graph, to, options, maxPaths, cancellationToken);
        search._hopsToTarget = search.HopsToTarget();
        if (search._hopsToTarget.TryGetValue(from, out var needed) && needed <= options.MaxHops)
        {
            search._onPath.Add(from);
            search.Walk(from, options.Direction == PathDirection.Backward ? HopExpander.NoUpperBound : HopExpander.NoLowerBound, 0);
        }

        return (search._found, search.Truncated);
    }

    /// <summary>Hops from each address to the target, at most MaxHops, against the search direction and ignoring time.</summary>
    private Dictionary<int, int> HopsToTarget()
    {
        var reverse = _options.Direction switch
        {
            PathDirection.Forward => PathDirection.Backward,
            PathDirection.Backward => PathDirection.Forward,
            _ => PathDirection.Undirected,
        };
        var hops = new Dictionary<int, int> { [_to] = 0 };
        var forwardDone = new HashSet<int>();
        var backwardDone = new HashSet<int>();
        var steps = new List<HopStep>();
        List<int> frontier = [_to];
        for (var depth = 1; depth <= _options.MaxHops && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var address in frontier)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                steps.Clear();
                _expander.Expand(reverse, address, reverse == PathDirection.Backward ? HopExpander.NoUpperBound : HopExpander.NoLowerBound, steps, forwardDone, backwardDone);
                foreach (var step in steps)
                {
                    if (hops.TryAdd(step.To, depth))
                    {
                        next.Add(step.To);
                    }
                }
            }

            frontier = next;
        }

        return hops;
    }

    /// <summary>Extends the path from <paramref name="address"/>; false once the enumeration must stop.</summary>
    private bool Walk(int address, int bound, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var steps = _buffers[depth];
        steps.Clear();
        _expander.Expand(_options.Direction, address, bound, steps, null, null);
        var remaining = _options.MaxHops - depth - 1;
        foreach (var step in steps)
        {
            if (_onPath.Contains(step.To))
            {
                continue;
            }

            var link = new HopLink(address, step.To, step.Transaction, step.Reversed);
            if (step.To == _to)
            {
                if (_found.Count == _maxPaths)
                {
                    Truncated = true;
                    return false;
                }

                _found.Add([.. _path, link]);
                continue;
            }

            if (remaining < 1 || !_hopsToTarget.TryGetValue(step.To, out var needed) || needed > remaining)
            {
                continue;
            }

            _path.Add(link);
            _onPath.Add(step.To);
            var go = Walk(step.To, _options.OrdersTime ? step.Transaction : bound, depth + 1);
            _onPath.Remove(step.To);
            _path.RemoveAt(_path.Count - 1);
            if (!go)
            {
                return false;
            }
        }

        return true;
    }
}
