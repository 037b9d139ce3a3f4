namespace ChainTrace.Graph.Paths;

/// <summary>
/// Fewest-hop path without time order: breadth-first from both ends at once, always growing the side with the smaller
/// frontier by one whole layer, until the sides meet (the shortest over all meetings found in that layer) or their
/// depths add up to the hop limit. The start side follows the search direction, the target side its reverse. Memory
/// grows with the part of the graph explored, not with the graph.
/// </summary>
internal static class BidirectionalSearch
{
    public static List<HopLink>? Run(FlowGraph graph, int from, int to, PathOptions options, CancellationToken cancellationToken)
    {
        var expander = new HopExpander(graph, options);
        var reverse = options.Direction switch
        {
            PathDirection.Forward => PathDirection.Backward,
            PathDirection.Backward => PathDirection.Forward,
            _ => PathDirection.Undirected,
        };
        var start = new Side(from, options.Direction);
        var target = new Side(to, reverse);
        var steps = new List<HopStep>();
        while (start.Depth + target.Depth < options.MaxHops && start.Frontier.Count > 0 && target.Frontier.Count > 0)
        {
            var (side, other) = start.Frontier.Count <= target.Frontier.Count ? (start, target) : (target, start);
            var meeting = -1;
            var meetingLength = int.MaxValue;
            var next = new List<int>();
            foreach (var address in side.Frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                steps.Clear();
                expander.Expand(side.Direction, address, side.Direction == PathDirection.Backward ? HopExpander.NoUpperBound : HopExpander.NoLowerBound, steps, side.ForwardDone, side.BackwardDone);
                foreach (var step in steps)
                {
                    if (side.Visits.ContainsKey(step.To))
                    {
                        continue;
                    }

                    side.Visits[step.To] = new Visit(side.Depth + 1, address, step.Transaction, step.Reversed);
                    next.Add(step.To);
                    if (other.Visits.TryGetValue(step.To, out var seen) && side.Depth + 1 + seen.Depth < meetingLength)
                    {
                        meeting = step.To;
                        meetingLength = side.Depth + 1 + seen.Depth;
                    }
                }
            }

            side.Frontier = next;
            side.Depth++;
            if (meeting >= 0)
            {
                return Links(start, target, meeting);
            }
        }

        return null;
    }

    private static List<HopLink> Links(Side start, Side target, int meeting)
    {
        var links = new List<HopLink>();
        for (var address = meeting; start.Visits[address].Parent >= 0; address = start.Visits[address].Parent)
        {
            var visit = start.Visits[address];
            links.Add(new HopLink(visit.Parent, address, visit.Transaction, visit.Reversed));
        }

        links.Reverse();

        // The target side explored against the search direction: its hops read back towards the target, flipped.
        for (var address = meeting; target.Visits[address].Parent >= 0; address = target.Visits[address].Parent)
        {
            var visit = target.Visits[address];
            links.Add(new HopLink(address, visit.Parent, visit.Transaction, !visit.Reversed));
        }

        return links;
    }

    private readonly record struct Visit(int Depth, int Parent, int Transaction, bool Reversed);

    private sealed class Side(int origin, PathDirection direction)
    {
        public PathDirection Direction { get; } = direction;

        public Dictionary<int, Visit> Visits { get; } = new() { [origin] = new Visit(0, -1, -1, false) };

        public List<int> Frontier { get; set; } = [origin];

        public int Depth { get; set; }

        public HashSet<int> ForwardDone { get; } = [];

        public HashSet<int> BackwardDone { get; } = [];
    }
}
