using System.Globalization;

namespace ChainTrace.Graph.Tracing;

/// <summary>
/// The outcome of a trace: taint per transaction and address with hop distances, the exits, fees, and an explanation
/// of every amount. Amounts are base units of the asset named by <see cref="FlowGraph.Assets"/>.
/// </summary>
public sealed class TraceResult
{
    private readonly TraceState _state;

    internal TraceResult(TraceState state, IReadOnlyList<TraceSeed> seeds, IReadOnlyList<TraceSeed> unresolved)
    {
        _state = state;
        Graph = state.Graph;
        Options = state.Options;
        Seeds = seeds;
        UnresolvedSeeds = unresolved;
        Exits = state.Exits;
        Transactions = [.. state.Transactions.OrderBy(t => t.Key).Select(t => new TracedTransaction(t.Key, t.Value.Hop, t.Value.TaintIn, t.Value.ValueIn, t.Value.TaintToFee))];
        Addresses = [.. state.Addresses
            .OrderBy(a => a.Value.Hop).ThenByDescending(a => a.Value.Amount).ThenBy(a => a.Key.Address).ThenBy(a => a.Key.Asset)
            .Select(a => new TracedAddress(a.Key.Address, Graph.Addresses[a.Key.Address], a.Key.Asset, a.Value.Amount, a.Value.Hop, LabelOf(a.Key.Address)))];
        Seeded = state.Seeded;
        Fees = state.Fees;
    }

    /// <summary>The graph traced.</summary>
    public FlowGraph Graph { get; }

    /// <summary>The options used.</summary>
    public TraceOptions Options { get; }

    /// <summary>The seeds found in the graph.</summary>
    public IReadOnlyList<TraceSeed> Seeds { get; }

    /// <summary>Seeds that the graph does not contain (not traced).</summary>
    public IReadOnlyList<TraceSeed> UnresolvedSeeds { get; }

    /// <summary>Total seeded value per asset id.</summary>
    public IReadOnlyDictionary<int, UInt128> Seeded { get; }

    /// <summary>Taint that went to miners as fees, per asset id (forward only).</summary>
    public IReadOnlyDictionary<int, UInt128> Fees { get; }

    /// <summary>Where the taint stopped being followed, in chronological order.</summary>
    public IReadOnlyList<TraceExit> Exits { get; }

    /// <summary>Transactions the taint passed through, chronological.</summary>
    public IReadOnlyList<TracedTransaction> Transactions { get; }

    /// <summary>Addresses reached (seeds at hop 0), nearest first.</summary>
    public IReadOnlyList<TracedAddress> Addresses { get; }

    /// <summary>
    /// How an exit's amount got there: the hops from the seed, following at each transaction the input (or received
    /// lot) that contributed most, with the policy's figures at that hop.
    /// </summary>
    public IReadOnlyList<TraceStep> Explain(TraceExit exit)
    {
        ArgumentNullException.ThrowIfNull(exit);
        var steps = new List<TraceStep>();
        var a = Graph.A;
        if (exit.Transaction < 0)
        {
            return steps;
        }

        var backward = Options.Direction == TraceDirection.Backward;
        var tx = exit.Transaction;
        var carried = exit.Amount;
        var toAddress = exit.AddressText;
        var guard = 0;
        while (tx >= 0 && _state.Transactions.TryGetValue(tx, out var record) && guard++ < 10_000)
        {
            var (leg, amount) = record.Sources.Count == 0 ? (-1, UInt128.Zero) : record.Sources.MaxBy(s => s.Taint);
            string? from = null;
            if (leg >= 0)
            {
                var address = a.OutAddress[leg];
                from = address >= 0 ? Graph.Addresses[address] : null;
            }

            steps.Add(new TraceStep(record.Hop, tx, Graph.DisplayHash(tx), a.TxTime[tx], backward ? toAddress : from, backward ? from : toAddress, record.TaintIn, record.ValueIn, carried, Rule(record)));
            if (leg < 0 || _state.SeedLegs.Contains(leg))
            {
                break;
            }

            tx = backward ? (a.OutSpentBy[leg] >= 0 ? a.InTx[a.OutSpentBy[leg]] : -1) : a.OutTx[leg];
            carried = amount;
            toAddress = from;
        }

        if (!backward)
        {
            steps.Reverse();
        }

        return steps;
    }

    private string Rule(TxRecord record)
    {
        var share = record.ValueIn == 0 ? "n/a" : ((double)record.TaintIn / (double)record.ValueIn).ToString("P2", CultureInfo.InvariantCulture);
        return Options.Policy switch
        {
            TaintPolicy.Poison => $"poison: {record.TaintIn} tainted of {record.ValueIn} in, so every output is tainted in full",
            TaintPolicy.Haircut => $"haircut: {record.TaintIn} tainted of {record.ValueIn} in ({share}); each output carries that share",
            TaintPolicy.Fifo => $"FIFO: {record.TaintIn} tainted of {record.ValueIn} in; inputs fund outputs in order",
            TaintPolicy.Lifo => $"LIFO: {record.TaintIn} tainted of {record.ValueIn} in; the last inputs fund the first outputs",
            _ => $"TIHO: {record.TaintIn} tainted of {record.ValueIn} in; taint goes to the highest outputs first",
        };
    }

    private AddressLabel? LabelOf(int address) =>
        Options.Labels.TryGetLabel(Graph.Addresses[address], out var label) ? label : null;
}
