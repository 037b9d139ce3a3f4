namespace ChainTrace.Detection;

/// <summary>
/// An address's native-coin movements, grouped per transaction node, as the address-level detectors read them:
/// receipts (change back to a spender excluded) and spends (value to others: own inputs less change to itself).
/// </summary>
internal static class AddressFlows
{
    /// <summary>Fills <paramref name="receipts"/> with (node, time, value in coins) of the address's receipts, chronological.</summary>
    public static void Receipts(GraphArrays g, int address, List<Flow> receipts)
    {
        receipts.Clear();
        var legs = g.Graph.ReceiptsOf(address);
        var i = 0;
        while (i < legs.Length)
        {
            var tx = g.OutTx[legs[i]];
            double value = 0;
            while (i < legs.Length && g.OutTx[legs[i]] == tx)
            {
                value += g.OutValue[legs[i++]];
            }

            if (g.IsNativeTransfer(tx) && !Spends(g, address, tx))
            {
                receipts.Add(new Flow(tx, g.TxTime[tx], value));
            }
        }
    }

    /// <summary>Fills <paramref name="spends"/> with (node, time, value sent to others in coins), chronological.</summary>
    public static void Spends(GraphArrays g, int address, List<Flow> spends)
    {
        spends.Clear();
        var legs = g.Graph.SpendsOf(address);
        var i = 0;
        while (i < legs.Length)
        {
            var tx = g.InTx[legs[i]];
            double own = 0;
            while (i < legs.Length && g.InTx[legs[i]] == tx)
            {
                own += g.InValue[legs[i++]];
            }

            if (!g.IsNativeTransfer(tx))
            {
                continue;
            }

            double back = 0;
            for (var leg = g.TxOutStart[tx]; leg < g.TxOutStart[tx + 1]; leg++)
            {
                back += g.OutAddress[leg] == address ? g.OutValue[leg] : 0;
            }

            spends.Add(new Flow(tx, g.TxTime[tx], Math.Max(0, own - back)));
        }
    }

    /// <summary>True when <paramref name="address"/> is among the inputs of <paramref name="tx"/>.</summary>
    public static bool Spends(GraphArrays g, int address, int tx)
    {
        for (var leg = g.TxInStart[tx]; leg < g.TxInStart[tx + 1]; leg++)
        {
            if (g.InAddress[leg] == address)
            {
                return true;
            }
        }

        return false;
    }
}
