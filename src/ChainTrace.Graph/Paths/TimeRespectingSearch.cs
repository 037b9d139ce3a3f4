namespace ChainTrace.Graph.Paths;

/// <summary>
/// Fewest-hop time-respecting path. Breadth-first by hop count, keeping for every address its best bound so far —
/// the earliest arrival (forward: the transaction that paid it) or the latest departure (backward) — because a better
/// bound can only allow more continuations. An address is expanded again when a later layer improves its bound, each
/// transaction is expanded once (its hops give the same bound whichever address reached it), and the search stops at
/// the first layer that reaches the target, taking the entry with the best bound there.
/// </summary>
internal static class TimeRespectingSearch
{
    public static List<HopLink>? Run(FlowGraph graph, int from, int to, PathOptions options, CancellationToken cancellationToken)
    {
        var forward = options.Direction == PathDirection.Forward;
        var expander = new HopExpander(graph, options);
        var entries = new List<Entry> { new(from, forward ? HopExpander.NoLowerBound : HopExpander.NoUpperBound, -1) };
        var best = new Dictionary<int, int> { [from] = entries[0].Bound };
        var done = new HashSet<int>();
        var steps = new List<HopStep>();
        List<int> frontier = [0];
        List<int> next = [];
        var slot = new Dictionary<int, int>();
        for (var hop = 1; hop <= options.MaxHops && frontier.Count > 0; hop++)
        {
            next.Clear();
            slot.Clear();
            foreach (var index in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = entries[index];
                steps.Clear();
                if (forward)
                {
                    expander.Forward(entry.Address, entry.Bound, steps, done);
                }
                else
                {
                    expander.Backward(entry.Address, entry.Bound, steps, done);
                }

                foreach (var step in steps)
                {
                    if (best.TryGetValue(step.To, out var known) && (forward ? known <= step.Transaction : known >= step.Transaction))
                    {
                        continue;
                    }

                    best[step.To] = step.Transaction;
                    entries.Add(new Entry(step.To, step.Transaction, index));
                    if (slot.TryGetValue(step.To, out var at))
                    {
                        next[at] = entries.Count - 1;
                    }
                    else
                    {
                        slot[step.To] = next.Count;
                        next.Add(entries.Count - 1);
                    }
                }
            }

            if (slot.TryGetValue(to, out var reached))
            {
                return Links(entries, next[reached], !forward);
            }

            (frontier, next) = (next, frontier);
        }

        return null;
    }

    private static List<HopLink> Links(List<Entry> entries, int last, bool reversed)
    {
        var links = new List<HopLink>();
        for (var index = last; entries[index].Parent >= 0; index = entries[index].Parent)
        {
            var entry = entries[index];
            links.Add(new HopLink(entries[entry.Parent].Address, entry.Address, entry.Bound, reversed));
        }

        links.Reverse();
        return links;
    }

    /// <summary>An address reached with a bound (the transaction of the hop that reached it), and the entry it came from.</summary>
    private readonly record struct Entry(int Address, int Bound, int Parent);
}
