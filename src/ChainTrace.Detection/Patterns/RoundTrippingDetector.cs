using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Round-tripping: value an address sends comes back to the same address through at most
/// <see cref="RoundTrippingOptions.MaximumHops"/> transactions within the window (change in the same transaction does
/// not count). A breadth-first search per spend follows each recipient's later spends; the first return found is the
/// evidence. Works on both chains; one flag per address.
/// </summary>
/// <remarks>
/// Evidence: the transactions of the shortest, earliest return path; values <c>hops</c>, <c>sent_value</c> (the first
/// transaction's value to others, coins), <c>returned_value</c> (paid back to the address by the last transaction),
/// <c>elapsed_seconds</c> and <c>round_trips</c> (how many of the examined spends came back).
/// </remarks>
public sealed class RoundTrippingDetector : IPatternDetector
{
    private readonly RoundTrippingOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public RoundTrippingDetector(RoundTrippingOptions? options = null)
    {
        _options = options ?? new RoundTrippingOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.RoundTripping;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = GraphArrays.Of(graph);
        var flags = new List<PatternFlag>();
        var spends = new List<Flow>();
        var search = new Search(g, _options);
        for (var a = 0; a < g.AddressCount; a++)
        {
            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (graph.SpendsOf(a).Length == 0 || graph.ReceiptsOf(a).Length == 0)
            {
                continue;
            }

            AddressFlows.Spends(g, a, spends);
            List<int>? firstPath = null;
            var firstSpend = default(Flow);
            var trips = 0;
            foreach (var spend in spends.Take(_options.MaximumStartsPerAddress))
            {
                if (spend.Value <= 0 || search.Run(a, spend) is not { } path)
                {
                    continue;
                }

                trips++;
                if (firstPath is null)
                {
                    firstPath = path;
                    firstSpend = spend;
                }
            }

            if (firstPath is not null)
            {
                flags.Add(Flag(g, a, firstSpend, firstPath, trips));
            }
        }

        return flags;
    }

    private static PatternFlag Flag(GraphArrays g, int address, Flow spend, List<int> path, int trips)
    {
        var last = path[^1];
        double returned = 0;
        for (var leg = g.TxOutStart[last]; leg < g.TxOutStart[last + 1]; leg++)
        {
            returned += g.OutAddress[leg] == address ? g.OutValue[leg] : 0;
        }

        var elapsed = g.TxTime[last] - spend.Time;
        return new PatternFlag(
            PatternNames.RoundTripping,
            [address],
            path,
            [
                new("hops", path.Count),
                new("sent_value", spend.Value),
                new("returned_value", returned),
                new("elapsed_seconds", elapsed),
                new("round_trips", trips),
            ],
            string.Create(
                CultureInfo.InvariantCulture,
                $"Sent {spend.Value:G8} coins that came back ({returned:G8} coins) after {path.Count} transactions and {elapsed} s; {trips} spend(s) returned."));
    }

    /// <summary>The breadth-first search from one spend, reusing its buffers.</summary>
    private sealed class Search(GraphArrays g, RoundTrippingOptions options)
    {
        private readonly List<(int Address, int Tx, int Depth, int Parent)> _queue = [];
        private readonly HashSet<int> _seen = [];

        public List<int>? Run(int origin, Flow start)
        {
            _queue.Clear();
            _seen.Clear();
            _seen.Add(origin);
            Enqueue(origin, start.Tx, 1, -1);
            for (var head = 0; head < _queue.Count; head++)
            {
                var (b, x, depth, _) = _queue[head];
                var legs = g.Graph.SpendsOf(b);
                for (var i = FirstAfter(legs, x); i < legs.Length; i++)
                {
                    var y = g.InTx[legs[i]];
                    if (i > 0 && g.InTx[legs[i - 1]] == y)
                    {
                        continue;
                    }

                    if (g.TxTime[y] - start.Time > options.WindowSeconds)
                    {
                        break;
                    }

                    if (!g.IsNativeTransfer(y))
                    {
                        continue;
                    }

                    if (Pays(y, origin))
                    {
                        return Path(head, y);
                    }

                    if (depth + 1 < options.MaximumHops && !Enqueue(origin, y, depth + 1, head))
                    {
                        return null;
                    }
                }
            }

            return null;
        }

        /// <summary>Adds the unseen recipients of <paramref name="tx"/>; false when the exploration budget is spent.</summary>
        private bool Enqueue(int origin, int tx, int depth, int parent)
        {
            for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
            {
                var c = g.OutAddress[leg];
                if (c < 0 || c == origin || !_seen.Add(c))
                {
                    continue;
                }

                if (_seen.Count > options.MaximumExplored)
                {
                    return false;
                }

                _queue.Add((c, tx, depth, parent));
            }

            return true;
        }

        private bool Pays(int tx, int address)
        {
            for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
            {
                if (g.OutAddress[leg] == address)
                {
                    return true;
                }
            }

            return false;
        }

        private List<int> Path(int node, int last)
        {
            var path = new List<int> { last };
            for (var i = node; i >= 0; i = _queue[i].Parent)
            {
                path.Add(_queue[i].Tx);
            }

            path.Reverse();
            return path;
        }

        private int FirstAfter(ReadOnlySpan<int> legs, int tx)
        {
            int lo = 0, hi = legs.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (g.InTx[legs[mid]] <= tx)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
