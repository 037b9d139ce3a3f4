namespace ChainTrace.Graph.Clustering;

/// <summary>Runs the enabled change heuristics over every candidate transaction and merges agreed change addresses.</summary>
internal static class ChangePass
{
    public static (int Merges, int Conflicts) Run(
        FlowGraph graph, CoinJoinScan excluded, ClusteringOptions options, UnionFind sets, EvidenceStore evidence, List<ChangeEvidence> found, CancellationToken cancellationToken)
    {
        var analyzer = new ChangeAnalyzer(graph, ScriptKinds.ClassifyAll(graph), options.Fingerprints, sets.CanonicalIds());
        var enabled = ChangeHeuristics.All.Where(h => (options.ChangeHeuristics & h) != 0).ToArray();
        var merges = 0;
        var conflicts = 0;
        var verdicts = new int[enabled.Length];
        for (var tx = 0; tx < graph.TransactionCount; tx++)
        {
            if ((tx & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (excluded.IsRound(tx) || !analyzer.IsCandidate(tx, out var input))
            {
                continue;
            }

            var change = -1;
            var agreed = true;
            var heuristics = ClusteringHeuristic.None;
            var doubt = 1.0;
            var first = found.Count;
            for (var i = 0; i < enabled.Length; i++)
            {
                verdicts[i] = analyzer.Verdict(tx, enabled[i]);
                if (verdicts[i] >= 0 && options.ChangeRequiresNewAddress && !analyzer.IsFirstReceipt(verdicts[i]))
                {
                    verdicts[i] = -1;
                }

                if (verdicts[i] < 0)
                {
                    continue;
                }

                agreed &= change < 0 || change == verdicts[i];
                change = verdicts[i];
                heuristics |= enabled[i];
                doubt *= 1 - ChangeHeuristics.ConfidenceOf(enabled[i]);
                found.Add(new ChangeEvidence(tx, verdicts[i], enabled[i], ChangeHeuristics.ConfidenceOf(enabled[i]), Merged: false));
            }

            if (change < 0)
            {
                continue;
            }

            if (!agreed)
            {
                conflicts++;
                continue;
            }

            var confidence = 1 - doubt;
            if (confidence < options.MinChangeConfidence)
            {
                continue;
            }

            for (var i = first; i < found.Count; i++)
            {
                found[i] = found[i] with { Merged = true };
            }

            var address = graph.Output(change).Address;
            if (sets.Union(input, address))
            {
                evidence.Add(input, address, tx, heuristics, confidence);
                merges++;
            }
        }

        return (merges, conflicts);
    }
}
