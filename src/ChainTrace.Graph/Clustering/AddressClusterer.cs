using System.Diagnostics;
using ChainTrace.Core;

namespace ChainTrace.Graph.Clustering;

/// <summary>
/// Turns a graph's addresses into entities. Bitcoin: common-input ownership over union-find, CoinJoin rounds left
/// out, then the opt-in change heuristics. Ethereum: deposit addresses joined with their exchange's hot wallet, and
/// opt-in airdrop multi-participation. Every merge that joins two clusters keeps its evidence (addresses, transaction,
/// heuristic, confidence), so <see cref="ClusteringResult.Why(string, string)"/> can show the chain that links two addresses.
/// </summary>
/// <remarks>
/// Deterministic: transactions are processed in graph order and cluster ids are the smallest address id of each
/// cluster, so the same graph and options give the same ids and evidence; the partition itself does not depend on the
/// order in which merges are applied.
/// </remarks>
public static class AddressClusterer
{
    /// <summary>Clusters the addresses of <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The heuristics; default <see cref="ClusteringOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked every 65,536 transactions or addresses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid for this graph (see <see cref="ClusteringOptions.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ClusteringResult Run(FlowGraph graph, ClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ClusteringOptions.Default;
        options.Validate(graph);
        var clock = Stopwatch.StartNew();
        var sets = new UnionFind(graph.Addresses.Count);
        var evidence = new EvidenceStore();
        var bitcoin = graph.Chain == ChainKind.Bitcoin;
        var scan = bitcoin
            ? CoinJoinDetectors.Scan(graph, options.CoinJoinDetectors, cancellationToken)
            : new CoinJoinScan(graph.TransactionCount, []);
        var excluded = options.ExcludeCoinJoins ? scan : new CoinJoinScan(graph.TransactionCount, []);
        long inputs = 0;
        var multiInput = 0;
        if (options.MultiInput && bitcoin)
        {
            (inputs, multiInput) = MultiInput(graph, excluded, sets, evidence, cancellationToken);
        }

        var change = new List<ChangeEvidence>();
        var (changeMerges, conflicts) = bitcoin && options.ChangeHeuristics != ClusteringHeuristic.None
            ? ChangePass.Run(graph, excluded, options, sets, evidence, change, cancellationToken)
            : (0, 0);
        var deposits = !bitcoin && options.DepositAddresses ? DepositAddressPass.Find(graph, options.Deposit, cancellationToken) : [];
        var depositMerges = 0;
        foreach (var forward in deposits)
        {
            if (sets.Union(forward.HotWallet, forward.DepositAddress))
            {
                evidence.Add(forward.HotWallet, forward.DepositAddress, forward.Transaction, ClusteringHeuristic.DepositAddress, DepositAddressOptions.Confidence);
                depositMerges++;
            }
        }

        var airdrops = !bitcoin && options.Airdrops ? AirdropPass.Find(graph, options.Airdrop, cancellationToken) : [];
        var airdropMerges = 0;
        foreach (var forward in airdrops)
        {
            if (sets.Union(forward.Collector, forward.Recipient))
            {
                evidence.Add(forward.Collector, forward.Recipient, forward.Transaction, ClusteringHeuristic.AirdropForwarding, AirdropOptions.Confidence);
                airdropMerges++;
            }
        }

        var ids = sets.CanonicalIds();
        var statistics = new ClusteringStatistics(
            graph.TransactionCount, inputs, multiInput, changeMerges, depositMerges, airdropMerges,
            scan.RoundCount, scan.Detections.Count - scan.RoundCount, conflicts, clock.Elapsed);
        return new ClusteringResult(graph, options, ids, evidence, scan, change, deposits, airdrops, statistics);
    }

    /// <summary>
    /// Common-input ownership: joins every input address of each UTXO transaction that is not an excluded round with the
    /// transaction's first input address. Returns the input legs looked at and the merges made.
    /// </summary>
    private static (long Inputs, int Merges) MultiInput(FlowGraph graph, CoinJoinScan excluded, UnionFind sets, EvidenceStore evidence, CancellationToken cancellationToken)
    {
        long inputs = 0;
        var merges = 0;
        for (var tx = 0; tx < graph.TransactionCount; tx++)
        {
            if ((tx & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var legs = graph.InputsOf(tx);
            var start = legs.Start.Value;
            var end = legs.End.Value;
            if (end - start < 2 || excluded.IsRound(tx))
            {
                continue;
            }

            inputs += end - start;
            var first = -1;
            for (var leg = start; leg < end; leg++)
            {
                var address = graph.Input(leg).Address;
                if (address < 0)
                {
                    continue;
                }

                if (first < 0)
                {
                    first = address;
                }
                else if (address != first && sets.Union(first, address))
                {
                    evidence.Add(first, address, tx, ClusteringHeuristic.MultiInput, 1.0);
                    merges++;
                }
            }
        }

        return (inputs, merges);
    }
}
