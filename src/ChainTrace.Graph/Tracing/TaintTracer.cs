using ChainTrace.Core;

namespace ChainTrace.Graph.Tracing;

/// <summary>Fund-flow tracing over a <see cref="FlowGraph"/> with a selectable taint policy, forward or backward.</summary>
public static class TaintTracer
{
    /// <summary>Traces from <paramref name="seeds"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="seeds">Addresses, transactions or outputs to start from.</param>
    /// <param name="options">Policy, direction and limits; default haircut forward.</param>
    /// <param name="cancellationToken">Cancels a long trace.</param>
    /// <exception cref="ArgumentException">No seeds, or invalid options.</exception>
    public static TraceResult Trace(FlowGraph graph, IEnumerable<TraceSeed> seeds, TraceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        options ??= new TraceOptions();
        options.Validate(graph);
        var list = seeds.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A trace needs at least one seed.", nameof(seeds));
        }

        var found = new List<TraceSeed>();
        var missing = new List<TraceSeed>();
        var legs = new List<int>();
        foreach (var seed in list)
        {
            var seedLegs = SeedLegs(graph, seed, options).ToList();
            (seedLegs.Count > 0 ? found : missing).Add(seed);
            legs.AddRange(seedLegs);
        }

        if (options.Direction == TraceDirection.Forward)
        {
            var forward = new ForwardTrace(graph, options);
            forward.Seed(legs);
            forward.Run(cancellationToken);
            return new TraceResult(forward, found, missing);
        }

        var backward = new BackwardTrace(graph, options);
        backward.Seed(legs);
        backward.Run(cancellationToken);
        return new TraceResult(backward, found, missing);
    }

    /// <summary>The output legs a seed stands for (value received by an address, a transaction's outputs, one output).</summary>
    private static IEnumerable<int> SeedLegs(FlowGraph graph, TraceSeed seed, TraceOptions options)
    {
        var a = graph.A;
        bool Included(int leg)
        {
            var tx = a.OutTx[leg];
            return (options.Assets is null || options.Assets.Contains(graph.Assets[a.TxAsset[tx]]))
                && (options.FromTime is not { } from || a.TxTime[tx] >= from.ToUnixTimeSeconds())
                && (options.ToTime is not { } to || a.TxTime[tx] <= to.ToUnixTimeSeconds());
        }

        if (seed.Address is { } address)
        {
            if (!graph.Addresses.TryGetId(address, out var id))
            {
                return [];
            }

            if (graph.Chain == ChainKind.Bitcoin || options.Direction == TraceDirection.Backward)
            {
                return graph.ReceiptsOf(id).ToArray().Where(Included); // the coins it received
            }

            // Account chains: everything the address sent (its balance is the tainted money, whatever funded it).
            return graph.SpendsOf(id).ToArray()
                .Select(leg => a.InTx[leg])
                .SelectMany(tx => Enumerable.Range(a.TxOutStart[tx], a.TxOutStart[tx + 1] - a.TxOutStart[tx]))
                .Where(Included);
        }

        var nodes = graph.TransactionsOf(seed.Transaction!.Value);
        if (seed.Output is { } vout)
        {
            var node = nodes.FirstOrDefault(n => a.TxOutStart[n + 1] - a.TxOutStart[n] > vout, -1);
            return node < 0 || graph.Chain != ChainKind.Bitcoin ? [] : [a.TxOutStart[node] + vout];
        }

        return nodes.SelectMany(n => Enumerable.Range(a.TxOutStart[n], a.TxOutStart[n + 1] - a.TxOutStart[n])).Where(Included);
    }
}
