namespace ChainTrace.Graph.Paths;

/// <summary>
/// Paths between two addresses of a <see cref="FlowGraph"/>, hop by hop through transactions, with the amount and
/// time of every hop. A hop goes from an address to the next through one transaction: forward, the first address
/// pays into the transaction and the transaction pays the second (see <see cref="PathDirection"/> for the others).
/// By default paths are forward and time-respecting: each hop's transaction comes after the previous one in chain
/// order, so the money can really have moved that way (see <see cref="PathOptions.TimeRespecting"/>).
/// </summary>
public static class PathFinder
{
    /// <summary>
    /// A path with the fewest hops from <paramref name="from"/> to <paramref name="to"/>, or null when there is none
    /// within <see cref="PathOptions.MaxHops"/>. Time-respecting searches keep, among the fewest-hop paths, one that
    /// reaches the target earliest (forward) or leaves it latest (backward); searches without time order run
    /// breadth-first from both ends.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">Start address id.</param>
    /// <param name="to">Target address id; equal to <paramref name="from"/> gives the empty path.</param>
    /// <param name="options">What to search for; default <see cref="PathOptions"/> (forward, time-respecting, 6 hops).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An address id is not in the graph.</exception>
    /// <exception cref="ArgumentException">An option is out of range (see <see cref="PathOptions.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static FlowPath? Shortest(FlowGraph graph, int from, int to, PathOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = Check(graph, from, to, options);
        if (from == to)
        {
            return new FlowPath(from, to, []);
        }

        var links = options.OrdersTime
            ? TimeRespectingSearch.Run(graph, from, to, options, cancellationToken)
            : BidirectionalSearch.Run(graph, from, to, options, cancellationToken);
        return links is null ? null : Dress(graph, from, to, links);
    }

    /// <summary>As <see cref="Shortest(FlowGraph, int, int, PathOptions?, CancellationToken)"/>, with addresses as text.</summary>
    /// <exception cref="ArgumentException">An address is not in the graph.</exception>
    public static FlowPath? Shortest(FlowGraph graph, string from, string to, PathOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Shortest(graph, IdOf(graph, from, nameof(from)), IdOf(graph, to, nameof(to)), options, cancellationToken);
    }

    /// <summary>
    /// All simple paths (no address twice) from <paramref name="from"/> to <paramref name="to"/> of at most
    /// <see cref="PathOptions.MaxHops"/> hops, up to <paramref name="maxPaths"/> of them. Paths through different
    /// transactions between the same addresses are different paths. Order: depth-first, each address's hops in chain
    /// order of their transactions.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">Start address id.</param>
    /// <param name="to">Target address id; equal to <paramref name="from"/> gives the single empty path.</param>
    /// <param name="options">What to search for; default <see cref="PathOptions"/>.</param>
    /// <param name="maxPaths">Most paths to return (≥ 1); more make the result <see cref="PathSearchResult.Truncated"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration (the number of simple paths can grow exponentially with hops).</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An address id is not in the graph, or <paramref name="maxPaths"/> is below 1.</exception>
    /// <exception cref="ArgumentException">An option is out of range (see <see cref="PathOptions.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static PathSearchResult AllSimple(FlowGraph graph, int from, int to, PathOptions? options = null, int maxPaths = 1000, CancellationToken cancellationToken = default)
    {
        options = Check(graph, from, to, options);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPaths, 1);
        if (from == to)
        {
            return new PathSearchResult([new FlowPath(from, to, [])], Truncated: false);
        }

        var (paths, truncated) = SimplePathEnumerator.Run(graph, from, to, options, maxPaths, cancellationToken);
        return new PathSearchResult(paths.Select(links => Dress(graph, from, to, links)).ToList(), truncated);
    }

    /// <summary>As <see cref="AllSimple(FlowGraph, int, int, PathOptions?, int, CancellationToken)"/>, with addresses as text.</summary>
    /// <exception cref="ArgumentException">An address is not in the graph.</exception>
    public static PathSearchResult AllSimple(FlowGraph graph, string from, string to, PathOptions? options = null, int maxPaths = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return AllSimple(graph, IdOf(graph, from, nameof(from)), IdOf(graph, to, nameof(to)), options, maxPaths, cancellationToken);
    }

    private static PathOptions Check(FlowGraph graph, int from, int to, PathOptions? options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, graph.Addresses.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, graph.Addresses.Count);
        options ??= new PathOptions();
        options.Validate(graph);
        return options;
    }

    private static int IdOf(FlowGraph graph, string address, string parameter)
    {
        ArgumentNullException.ThrowIfNull(address, parameter);
        return graph.Addresses.TryGetId(address, out var id)
            ? id
            : throw new ArgumentException($"Address '{address}' is not in the graph.", parameter);
    }

    private static FlowPath Dress(FlowGraph graph, int from, int to, List<HopLink> links)
    {
        var a = graph.A;
        var hops = new PathHop[links.Count];
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var (payer, receiver) = link.Reversed ? (link.To, link.From) : (link.From, link.To);
            var tx = link.Transaction;
            hops[i] = new PathHop(
                link.From,
                graph.Addresses[link.From],
                link.To,
                graph.Addresses[link.To],
                link.Reversed,
                tx,
                graph.DisplayHash(tx),
                a.TxBlock[tx],
                a.TxTime[tx],
                a.TxAsset[tx],
                HopExpander.ReceivedBy(a, tx, receiver),
                HopExpander.SentBy(a, tx, payer));
        }

        return new FlowPath(from, to, hops);
    }
}
