using ChainTrace.Graph.Tracing;

namespace ChainTrace.Graph.Exposure;

/// <summary>
/// Exposure of an address, as screening products report it: how much of what it sent reached each category of
/// labelled entity (forward) and how much of what it received came from each (backward), directly (one hop) and
/// indirectly (up to N hops), computed with haircut tracing that stops at every labelled address.
/// </summary>
public static class ExposureAnalyzer
{
    /// <summary>Computes exposure of <paramref name="address"/> in both directions.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="address">The address, as stored.</param>
    /// <param name="labels">Labels of entities; every labelled address is a stop.</param>
    /// <param name="maxHops">Most hops followed; 1 gives direct exposure only. Default 5.</param>
    /// <param name="cancellationToken">Cancels the traces.</param>
    /// <exception cref="ArgumentException">The address is not in the graph, or maxHops is below 1.</exception>
    public static IReadOnlyList<ExposureRow> Analyze(FlowGraph graph, string address, IAddressLabels labels, int maxHops = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        if (!graph.Addresses.TryGetId(address, out _))
        {
            throw new ArgumentException($"The address {address} does not occur in the dataset.", nameof(address));
        }

        var stops = new AllCategories();
        var rows = new List<ExposureRow>();
        foreach (var direction in new[] { TraceDirection.Forward, TraceDirection.Backward })
        {
            TraceSeed[] seed = [TraceSeed.ForAddress(address)];
            var result = TaintTracer.Trace(graph, seed, new TraceOptions
            {
                Policy = TaintPolicy.Haircut,
                Direction = direction,
                MaxHops = maxHops,
                Labels = labels,
                StopCategories = stops,
            }, cancellationToken);
            rows.AddRange(result.Exits
                .Where(e => e.Kind == TraceExitKind.Tagged && e.Label is not null && e.AddressText != address)
                .GroupBy(e => (e.Label!.Category, e.Asset))
                .Select(g => new ExposureRow(
                    g.Key.Category,
                    direction,
                    g.Key.Asset,
                    Sum(g.Where(e => e.Hop <= 1)),
                    Sum(g.Where(e => e.Hop > 1)),
                    [.. g.Select(e => e.Label!.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])));
        }

        return [.. rows.OrderBy(r => r.Direction).ThenByDescending(r => r.Total).ThenBy(r => r.Category, StringComparer.Ordinal)];
    }

    private static UInt128 Sum(IEnumerable<TraceExit> exits) => exits.Aggregate(UInt128.Zero, (s, e) => s + e.Amount);

    /// <summary>A set that contains every category: every labelled address stops the trace.</summary>
    private sealed class AllCategories : IReadOnlySet<string>
    {
        public int Count => int.MaxValue;

        public bool Contains(string item) => true;

        public IEnumerator<string> GetEnumerator() => Enumerable.Empty<string>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool IsProperSubsetOf(IEnumerable<string> other) => false;

        public bool IsProperSupersetOf(IEnumerable<string> other) => true;

        public bool IsSubsetOf(IEnumerable<string> other) => false;

        public bool IsSupersetOf(IEnumerable<string> other) => true;

        public bool Overlaps(IEnumerable<string> other) => other.Any();

        public bool SetEquals(IEnumerable<string> other) => false;
    }
}
