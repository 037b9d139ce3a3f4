namespace ChainTrace.Graph.Clustering;

/// <summary>The Ethereum deposit-address heuristic (see <see cref="DepositAddressOptions"/>).</summary>
internal static class DepositAddressPass
{
    public static List<DepositForward> Find(FlowGraph graph, DepositAddressOptions options, CancellationToken cancellationToken)
    {
        var candidates = new List<DepositForward>();
        var forwards = new List<DepositForward>();
        for (var address = 0; address < graph.Addresses.Count; address++)
        {
            if ((address & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var hot = SoleRecipient(graph, address);
            if (hot < 0 || !ReceivedFromOthers(graph, address, hot))
            {
                continue;
            }

            forwards.Clear();
            QualifyingForwards(graph, address, hot, options, forwards);
            candidates.AddRange(forwards);
        }

        // A "hot wallet" that itself forwards everything to one address is a deposit address (or a hop): whoever
        // forwards to it is its customer, not its owner, so those forwards are dropped.
        var deposits = candidates.Select(f => f.DepositAddress).ToHashSet();
        candidates.RemoveAll(f => deposits.Contains(f.HotWallet));
        var perHotWallet = new Dictionary<int, HashSet<int>>();
        foreach (var forward in candidates)
        {
            if (!perHotWallet.TryGetValue(forward.HotWallet, out var collected))
            {
                perHotWallet[forward.HotWallet] = collected = [];
            }

            collected.Add(forward.DepositAddress);
        }

        return candidates.FindAll(f => perHotWallet[f.HotWallet].Count >= options.MinDepositAddresses);
    }

    /// <summary>The one address every non-fee transfer from <paramref name="address"/> goes to, or -1.</summary>
    private static int SoleRecipient(FlowGraph graph, int address)
    {
        var recipient = -1;
        foreach (var leg in graph.SpendsOf(address))
        {
            var tx = graph.Input(leg).Transaction;
            var outputs = graph.OutputsOf(tx);
            if (outputs.End.Value == outputs.Start.Value)
            {
                continue;
            }

            var to = graph.Output(outputs.Start.Value).Address;
            if (to < 0 || to == address || (recipient >= 0 && to != recipient))
            {
                return -1;
            }

            recipient = to;
        }

        return recipient;
    }

    private static bool ReceivedFromOthers(FlowGraph graph, int address, int hot)
    {
        foreach (var leg in graph.ReceiptsOf(address))
        {
            var sender = Sender(graph, graph.Output(leg).Transaction);
            if (sender >= 0 && sender != hot && sender != address)
            {
                return true;
            }
        }

        return false;
    }

    private static int Sender(FlowGraph graph, int tx)
    {
        var inputs = graph.InputsOf(tx);
        return inputs.End.Value > inputs.Start.Value ? graph.Input(inputs.Start.Value).Address : -1;
    }

    /// <summary>Walks receipts and forwards of each asset in order and keeps the forwards that pass on what came in.</summary>
    private static void QualifyingForwards(FlowGraph graph, int address, int hot, DepositAddressOptions options, List<DepositForward> result)
    {
        var receipts = graph.ReceiptsOf(address);
        var spends = graph.SpendsOf(address);
        var assets = new HashSet<int>();
        foreach (var leg in spends)
        {
            var tx = graph.Input(leg).Transaction;
            if (graph.OutputsOf(tx).End.Value > graph.OutputsOf(tx).Start.Value)
            {
                assets.Add(graph.Transaction(tx).Asset);
            }
        }

        foreach (var asset in assets)
        {
            if (asset != 0 && !options.IncludeTokens)
            {
                continue;
            }

            var maxLoss = asset == 0 ? options.MaxLoss : UInt128.Zero;
            UInt128 received = 0;
            var earliest = -1;
            var r = 0;
            foreach (var leg in spends)
            {
                var tx = graph.Input(leg).Transaction;
                var node = graph.Transaction(tx);
                if (node.Asset != asset || graph.OutputsOf(tx).End.Value == graph.OutputsOf(tx).Start.Value)
                {
                    continue;
                }

                for (; r < receipts.Length && graph.Output(receipts[r]).Transaction < tx; r++)
                {
                    var receipt = graph.Output(receipts[r]);
                    var receiptNode = graph.Transaction(receipt.Transaction);
                    if (receiptNode.Asset == asset)
                    {
                        received += receipt.Value;
                        earliest = earliest < 0 ? receiptNode.Block : earliest;
                    }
                }

                var forwarded = graph.Input(leg).Value;
                var difference = received > forwarded ? received - forwarded : forwarded - received;
                if (received > 0 && difference <= maxLoss && node.Block - earliest <= options.MaxForwardBlocks)
                {
                    result.Add(new DepositForward(address, hot, tx, asset, received, forwarded, node.Block - earliest));
                }

                received = 0;
                earliest = -1;
            }
        }

        result.Sort((a, b) => a.Transaction.CompareTo(b.Transaction));
    }
}
