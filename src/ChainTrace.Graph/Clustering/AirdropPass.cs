namespace ChainTrace.Graph.Clustering;

/// <summary>The Ethereum airdrop multi-participation heuristic (see <see cref="AirdropOptions"/>).</summary>
internal static class AirdropPass
{
    public static List<AirdropForward> Find(FlowGraph graph, AirdropOptions options, CancellationToken cancellationToken)
    {
        // Distinct recipients per (token, sender): the distributors.
        var pairs = new HashSet<(int Asset, int Sender, int Recipient)>();
        var recipients = new Dictionary<(int Asset, int Sender), int>();
        for (var tx = 0; tx < graph.TransactionCount; tx++)
        {
            if ((tx & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!TryTransfer(graph, tx, out var asset, out var from, out var to) || !pairs.Add((asset, from, to)))
            {
                continue;
            }

            recipients[(asset, from)] = recipients.GetValueOrDefault((asset, from)) + 1;
        }

        var found = new List<AirdropForward>();
        foreach (var (asset, distributor, recipient) in pairs)
        {
            if (recipients[(asset, distributor)] < options.MinRecipients)
            {
                continue;
            }

            var (collector, first) = SoleTokenRecipient(graph, recipient, asset);
            if (collector >= 0 && collector != distributor)
            {
                found.Add(new AirdropForward(recipient, collector, distributor, first, asset));
            }
        }

        var perCollector = found.GroupBy(f => (f.Collector, f.Asset)).ToDictionary(g => g.Key, g => g.Select(f => f.Recipient).Distinct().Count());
        var kept = found.Where(f => perCollector[(f.Collector, f.Asset)] >= options.MinForwarders).ToList();
        kept.Sort((a, b) => (a.Transaction, a.Recipient, a.Distributor).CompareTo((b.Transaction, b.Recipient, b.Distributor)));
        return kept;
    }

    private static bool TryTransfer(FlowGraph graph, int tx, out int asset, out int from, out int to)
    {
        var node = graph.Transaction(tx);
        asset = node.Asset;
        from = to = -1;
        var inputs = graph.InputsOf(tx);
        var outputs = graph.OutputsOf(tx);
        if (node.Kind != FlowTransactionKind.TokenTransfer || inputs.End.Value == inputs.Start.Value || outputs.End.Value == outputs.Start.Value)
        {
            return false;
        }

        from = graph.Input(inputs.Start.Value).Address;
        to = graph.Output(outputs.Start.Value).Address;
        return from >= 0 && to >= 0 && from != to;
    }

    /// <summary>The one address every transfer of <paramref name="asset"/> from <paramref name="address"/> goes to, and the first such transfer; (-1, -1) otherwise.</summary>
    private static (int Collector, int First) SoleTokenRecipient(FlowGraph graph, int address, int asset)
    {
        var collector = -1;
        var first = -1;
        foreach (var leg in graph.SpendsOf(address))
        {
            var tx = graph.Input(leg).Transaction;
            if (!TryTransfer(graph, tx, out var a, out _, out var to) || a != asset)
            {
                continue;
            }

            if (collector >= 0 && to != collector)
            {
                return (-1, -1);
            }

            collector = to;
            first = first < 0 ? tx : first;
        }

        return (collector, first);
    }
}
