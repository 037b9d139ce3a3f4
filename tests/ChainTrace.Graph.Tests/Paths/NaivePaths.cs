using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainTrace.Graph.Paths;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>
/// Slow, obviously-correct reference path search over the public <see cref="FlowGraph"/> API only (scans every
/// transaction for every hop), to check <see cref="PathFinder"/> against.
/// </summary>
internal static class NaivePaths
{
    /// <summary>A hop as (from, to, transaction, reversed).</summary>
    public readonly record struct Hop(int From, int To, int Tx, bool Reversed);

    private static readonly ConditionalWeakTable<FlowGraph, ConcurrentDictionary<(int, PathDirection, UInt128), List<Hop>>> Cache = [];

    /// <summary>
    /// All hops out of <paramref name="address"/> in <paramref name="direction"/>, deduplicated, no self-hops, moving at
    /// least <paramref name="minAmount"/> to the receiving address (cached per graph).
    /// </summary>
    public static List<Hop> HopsFrom(FlowGraph graph, int address, PathDirection direction, UInt128 minAmount = default) =>
        Cache.GetOrCreateValue(graph).GetOrAdd((address, direction, minAmount), key => ScanHops(graph, key.Item1, key.Item2, key.Item3));

    /// <summary>What transaction <paramref name="tx"/> paid <paramref name="address"/>.</summary>
    public static UInt128 Received(FlowGraph graph, int tx, int address)
    {
        UInt128 sum = 0;
        var (offset, length) = graph.OutputsOf(tx).GetOffsetAndLength(int.MaxValue);
        for (var leg = offset; leg < offset + length; leg++)
        {
            if (graph.Output(leg).Address == address)
            {
                sum += graph.Output(leg).Value;
            }
        }

        return sum;
    }

    private static List<Hop> ScanHops(FlowGraph graph, int address, PathDirection direction, UInt128 minAmount)
    {
        var hops = new List<Hop>();
        for (var tx = 0; tx < graph.TransactionCount; tx++)
        {
            var inputs = Addresses(graph, graph.InputsOf(tx), input: true);
            var outputs = Addresses(graph, graph.OutputsOf(tx), input: false);
            if (direction != PathDirection.Backward && inputs.Contains(address))
            {
                hops.AddRange(outputs.Where(a => a != address && Received(graph, tx, a) >= minAmount).Distinct().Select(a => new Hop(address, a, tx, false)));
            }

            if (direction != PathDirection.Forward && outputs.Contains(address) && Received(graph, tx, address) >= minAmount)
            {
                hops.AddRange(inputs.Where(a => a != address).Distinct().Select(a => new Hop(address, a, tx, true)));
            }
        }

        return hops.Distinct().ToList();
    }

    /// <summary>Fewest hops, or null; time order as <see cref="PathOptions.TimeRespecting"/> says, by brute force over (address, last transaction) states.</summary>
    public static int? ShortestLength(FlowGraph graph, int from, int to, PathDirection direction, bool timeRespecting, int maxHops, UInt128 minAmount = default)
    {
        if (from == to)
        {
            return 0;
        }

        var ordered = timeRespecting && direction != PathDirection.Undirected;
        var frontier = new HashSet<(int Address, int Tx)> { (from, direction == PathDirection.Backward ? int.MaxValue : -1) };
        var seen = new HashSet<(int, int)>(frontier);
        for (var length = 1; length <= maxHops && frontier.Count > 0; length++)
        {
            var next = new HashSet<(int, int)>();
            foreach (var (address, last) in frontier)
            {
                foreach (var hop in HopsFrom(graph, address, direction, minAmount))
                {
                    if (ordered && (direction == PathDirection.Forward ? hop.Tx <= last : hop.Tx >= last))
                    {
                        continue;
                    }

                    if (hop.To == to)
                    {
                        return length;
                    }

                    var state = (hop.To, ordered ? hop.Tx : 0);
                    if (seen.Add(state))
                    {
                        next.Add(state);
                    }
                }
            }

            frontier = next;
        }

        return null;
    }

    /// <summary>All simple paths as hop lists, by plain depth-first search.</summary>
    public static List<List<Hop>> AllSimple(FlowGraph graph, int from, int to, PathDirection direction, bool timeRespecting, int maxHops, UInt128 minAmount = default)
    {
        var ordered = timeRespecting && direction != PathDirection.Undirected;
        var found = new List<List<Hop>>();
        var path = new List<Hop>();
        var visited = new HashSet<int> { from };

        void Walk(int address, int last)
        {
            if (path.Count == maxHops)
            {
                return;
            }

            foreach (var hop in HopsFrom(graph, address, direction, minAmount))
            {
                if (visited.Contains(hop.To) || (ordered && (direction == PathDirection.Forward ? hop.Tx <= last : hop.Tx >= last)))
                {
                    continue;
                }

                path.Add(hop);
                if (hop.To == to)
                {
                    found.Add([.. path]);
                }
                else
                {
                    visited.Add(hop.To);
                    Walk(hop.To, hop.Tx);
                    visited.Remove(hop.To);
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        Walk(from, direction == PathDirection.Backward ? int.MaxValue : -1);
        return found;
    }

    private static List<int> Addresses(FlowGraph graph, Range legs, bool input)
    {
        var (offset, length) = legs.GetOffsetAndLength(int.MaxValue);
        var addresses = new List<int>();
        for (var leg = offset; leg < offset + length; leg++)
        {
            var address = input ? graph.Input(leg).Address : graph.Output(leg).Address;
            if (address >= 0)
            {
                addresses.Add(address);
            }
        }

        return addresses;
    }
}
