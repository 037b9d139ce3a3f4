using System.Globalization;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Fan-in aggregation: many distinct senders pay one address within a short window (victims paying a scam address,
/// deposits gathered, ransom coins consolidated). Senders are the other input addresses of the paying transactions.
/// One flag per address, for the window with the most distinct senders.
/// </summary>
/// <remarks>
/// Evidence: the paying transactions of that window; values <c>senders</c> (distinct), <c>receipts</c>,
/// <c>received_value</c> (coins), <c>window_seconds</c>, and <c>forwarded_share</c>: the share of the window's
/// receipts the address sent on by the end of the graph (capped at 1).
/// </remarks>
public sealed class FanInDetector : IPatternDetector
{
    private readonly FanInOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public FanInDetector(FanInOptions? options = null)
    {
        _options = options ?? new FanInOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.FanIn;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = GraphArrays.Of(graph);
        var flags = new List<PatternFlag>();
        var receipts = new List<Flow>();
        var spends = new List<Flow>();
        var senders = new List<int>();
        var senderStart = new List<int>();
        var inWindow = new Dictionary<int, int>();
        for (var a = 0; a < g.AddressCount; a++)
        {
            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (graph.ReceiptsOf(a).Length == 0)
            {
                continue;
            }

            AddressFlows.Receipts(g, a, receipts);
            senders.Clear();
            senderStart.Clear();
            foreach (var r in receipts)
            {
                senderStart.Add(senders.Count);
                for (var leg = g.TxInStart[r.Tx]; leg < g.TxInStart[r.Tx + 1]; leg++)
                {
                    var from = g.InAddress[leg];
                    if (from >= 0 && from != a && !senders.Skip(senderStart[^1]).Contains(from))
                    {
                        senders.Add(from);
                    }
                }
            }

            senderStart.Add(senders.Count);
            if (senders.Count < _options.MinimumSenders)
            {
                continue;
            }

            inWindow.Clear();
            var best = (Start: 0, End: 0, Count: 0);
            var left = 0;
            for (var right = 0; right < receipts.Count; right++)
            {
                Add(inWindow, senders, senderStart[right], senderStart[right + 1], +1);
                while (receipts[right].Time - receipts[left].Time > _options.WindowSeconds)
                {
                    Add(inWindow, senders, senderStart[left], senderStart[left + 1], -1);
                    left++;
                }

                if (inWindow.Count > best.Count)
                {
                    best = (left, right + 1, inWindow.Count);
                }
            }

            if (best.Count >= _options.MinimumSenders)
            {
                AddressFlows.Spends(g, a, spends);
                flags.Add(Flag(a, receipts.GetRange(best.Start, best.End - best.Start), best.Count, spends));
            }
        }

        return flags;
    }

    private static void Add(Dictionary<int, int> counts, List<int> senders, int from, int to, int delta)
    {
        for (var i = from; i < to; i++)
        {
            var s = senders[i];
            var count = counts.GetValueOrDefault(s) + delta;
            if (count == 0)
            {
                counts.Remove(s);
            }
            else
            {
                counts[s] = count;
            }
        }
    }

    private PatternFlag Flag(int address, List<Flow> window, int senders, List<Flow> spends)
    {
        var received = window.Sum(r => r.Value);
        var firstTx = window[0].Tx;
        var sentAfter = spends.Where(s => s.Tx > firstTx).Sum(s => s.Value);
        var forwarded = received > 0 ? Math.Min(1, sentAfter / received) : 0;
        return new PatternFlag(
            PatternNames.FanIn,
            [address],
            window.Select(r => r.Tx).ToList(),
            [
                new("senders", senders),
                new("receipts", window.Count),
                new("received_value", received),
                new("window_seconds", _options.WindowSeconds),
                new("forwarded_share", forwarded),
            ],
            string.Create(
                CultureInfo.InvariantCulture,
                $"{senders} distinct senders paid it {received:G8} coins in {window.Count} transactions within {_options.WindowSeconds} s; {forwarded:P0} was sent on."));
    }
}
