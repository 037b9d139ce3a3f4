using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Finds peeling chains on UTXO graphs: a run of transactions each spending one coin into a small payment and a large
/// remainder, where the remainder is the one coin the next hop spends; the chain may end with a hop that spends the
/// last remainder whole (one output). One flag per chain of at least <see cref="PeelingChainOptions.MinimumHops"/> hops;
/// account-chain graphs give no flags (they have no coins to peel).
/// </summary>
/// <remarks>
/// Evidence: the hop transactions in order; values <c>hops</c>, <c>start_value</c> (the first hop's input),
/// <c>end_value</c> (the last hop's remainder or output), <c>peeled_value</c> (sum of the payments),
/// <c>mean_peel_share</c> and <c>max_peel_share</c>. Subjects: the addresses that spent in the hops.
/// </remarks>
public sealed class PeelingChainDetector : IPatternDetector
{
    private readonly PeelingChainOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public PeelingChainDetector(PeelingChainOptions? options = null)
    {
        _options = options ?? new PeelingChainOptions();
        _options.Validate();
    }

    /// <inheritdoc />
    public string Pattern => PatternNames.PeelingChain;

    /// <inheritdoc />
    public IReadOnlyList<PatternFlag> Detect(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Chain != ChainKind.Bitcoin)
        {
            return [];
        }

        var g = GraphArrays.Of(graph);
        var n = g.TransactionCount;
        var next = new int[n];
        var remainderLeg = new int[n];
        var hasPredecessor = new bool[n];
        var isHop = new bool[n];
        Array.Fill(next, -1);
        Array.Fill(remainderLeg, -1);
        for (var tx = 0; tx < n; tx++)
        {
            if ((tx & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            remainderLeg[tx] = SplitRemainder(g, tx);
            isHop[tx] = remainderLeg[tx] >= 0 || IsSweep(g, tx);
        }

        for (var tx = 0; tx < n; tx++)
        {
            var leg = remainderLeg[tx];
            if (leg < 0)
            {
                continue;
            }

            var spender = graph.SpendingInput(leg);
            if (spender < 0)
            {
                continue;
            }

            var successor = g.InTx[spender];
            if (isHop[successor] && (!_options.RequireFreshRemainder || IsFirstReceipt(graph, leg)))
            {
                next[tx] = successor;
                hasPredecessor[successor] = true;
            }
        }

        var flags = new List<PatternFlag>();
        for (var tx = 0; tx < n; tx++)
        {
            if (remainderLeg[tx] < 0 || hasPredecessor[tx])
            {
                continue;
            }

            var hops = new List<int>();
            for (var hop = tx; hop >= 0; hop = next[hop])
            {
                hops.Add(hop);
            }

            if (hops.Count >= _options.MinimumHops)
            {
                flags.Add(Flag(g, hops, remainderLeg));
            }
        }

        return flags;
    }

    /// <summary>The remainder output leg when <paramref name="tx"/> is a one-coin split into payment + remainder, else -1.</summary>
    private int SplitRemainder(GraphArrays g, int tx)
    {
        if (g.TxKind[tx] != FlowTransactionKind.Utxo || g.TxInStart[tx + 1] - g.TxInStart[tx] != 1)
        {
            return -1;
        }

        var first = g.TxOutStart[tx];
        if (g.TxOutStart[tx + 1] - first != 2 || g.OutAddress[first] < 0 || g.OutAddress[first + 1] < 0)
        {
            return -1;
        }

        var input = g.InValue[g.TxInStart[tx]];
        var (small, large) = g.OutValue[first] <= g.OutValue[first + 1] ? (first, first + 1) : (first + 1, first);
        return input > 0 && g.OutValue[small] <= _options.MaximumPeelShare * input && g.OutAddress[small] != g.OutAddress[large]
            ? large
            : -1;
    }

    private static bool IsSweep(GraphArrays g, int tx) =>
        g.TxKind[tx] == FlowTransactionKind.Utxo
        && g.TxInStart[tx + 1] - g.TxInStart[tx] == 1
        && g.TxOutStart[tx + 1] - g.TxOutStart[tx] == 1
        && g.OutAddress[g.TxOutStart[tx]] >= 0;

    private static bool IsFirstReceipt(FlowGraph graph, int leg)
    {
        var address = graph.Output(leg).Address;
        return address >= 0 && graph.ReceiptsOf(address)[0] == leg;
    }

    private static PatternFlag Flag(GraphArrays g, List<int> hops, int[] remainderLeg)
    {
        double peeled = 0;
        double shareSum = 0;
        double shareMax = 0;
        var splits = 0;
        var spenders = new SortedSet<int>();
        foreach (var hop in hops)
        {
            var input = g.InValue[g.TxInStart[hop]];
            var holder = g.InAddress[g.TxInStart[hop]];
            if (holder >= 0)
            {
                spenders.Add(holder);
            }

            if (remainderLeg[hop] < 0)
            {
                continue;
            }

            var first = g.TxOutStart[hop];
            var payment = remainderLeg[hop] == first ? first + 1 : first;
            peeled += g.OutValue[payment];
            var share = input > 0 ? g.OutValue[payment] / input : 0;
            shareSum += share;
            shareMax = Math.Max(shareMax, share);
            splits++;
        }

        var last = hops[^1];
        var endValue = remainderLeg[last] >= 0 ? g.OutValue[remainderLeg[last]] : g.OutValue[g.TxOutStart[last]];
        var startValue = g.InValue[g.TxInStart[hops[0]]];
        var values = new List<EvidenceValue>
        {
            new("hops", hops.Count),
            new("start_value", startValue),
            new("end_value", endValue),
            new("peeled_value", peeled),
            new("mean_peel_share", splits > 0 ? shareSum / splits : 0),
            new("max_peel_share", shareMax),
        };
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Peeling chain of {hops.Count} hops: {startValue:G8} coins peeled into {splits} payments totalling {peeled:G8}, ending with {endValue:G8}.");
        return new PatternFlag(PatternNames.PeelingChain, [.. spenders], hops, values, summary);
    }
}
