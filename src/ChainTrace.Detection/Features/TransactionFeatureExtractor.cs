using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Computes per-transaction features over a <see cref="FlowGraph"/>: input/output shape, values, round and equal
/// outputs, fee, fresh and self outputs, coin age and time (columns in <see cref="TransactionFeatureNames"/>). Row
/// <c>i</c> is transaction node <c>i</c>. Deterministic.
/// </summary>
public static class TransactionFeatureExtractor
{
    /// <summary>Computes the features of every transaction node of <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static FeatureMatrix Extract(FlowGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = GraphArrays.Of(graph);
        var matrix = new FeatureMatrix(TransactionFeatureNames.All, g.TransactionCount);
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, g.TransactionCount, 8192),
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new List<UInt128>(),
            (range, _, values) =>
            {
                for (var tx = range.Item1; tx < range.Item2; tx++)
                {
                    Fill(g, tx, matrix.RowSpan(tx), values);
                }

                return values;
            },
            _ => { });
        return matrix;
    }

    private static void Fill(GraphArrays g, int tx, Span<float> row, List<UInt128> values)
    {
        var graph = g.Graph;
        int inFirst = g.TxInStart[tx], inEnd = g.TxInStart[tx + 1], outFirst = g.TxOutStart[tx], outEnd = g.TxOutStart[tx + 1];
        double inValue = 0, outValue = 0, ageSum = 0, ageMin = double.PositiveInfinity, largest = 0, smallest = double.PositiveInfinity;
        UInt128 inRaw = 0, outRaw = 0;
        var aged = 0;
        for (var leg = inFirst; leg < inEnd; leg++)
        {
            inValue += g.InValue[leg];
            inRaw += g.InRaw[leg];
            var source = graph.SpentOutput(leg);
            if (source >= 0)
            {
                var age = g.TxTime[tx] - g.TxTime[g.OutTx[source]];
                ageSum += age;
                ageMin = Math.Min(ageMin, age);
                aged++;
            }
        }

        values.Clear();
        int round = 0, self = 0, fresh = 0;
        for (var leg = outFirst; leg < outEnd; leg++)
        {
            outValue += g.OutValue[leg];
            outRaw += g.OutRaw[leg];
            largest = Math.Max(largest, g.OutValue[leg]);
            smallest = Math.Min(smallest, g.OutValue[leg]);
            round += g.OutRound[leg] ? 1 : 0;
            values.Add(g.OutRaw[leg]);
            var to = g.OutAddress[leg];
            if (to >= 0)
            {
                self += AddressFlows.Spends(g, to, tx) ? 1 : 0;
                fresh += graph.ReceiptsOf(to)[0] == leg ? 1 : 0;
            }
        }

        values.Sort();
        var equal = 0;
        var run = 0;
        for (var i = 0; i < values.Count; i++)
        {
            run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
            equal = Math.Max(equal, run);
        }

        var fee = g.TxKind[tx] switch
        {
            FlowTransactionKind.Utxo when inRaw > outRaw => DecimalAmount.ToCoins(inRaw - outRaw, g.Decimals),
            FlowTransactionKind.Fee => inValue,
            _ => 0,
        };
        row[0] = inEnd - inFirst;
        row[1] = outEnd - outFirst;
        row[2] = Distinct(g.InAddress, inFirst, inEnd);
        row[3] = Distinct(g.OutAddress, outFirst, outEnd);
        row[4] = (float)inValue;
        row[5] = (float)outValue;
        row[6] = (float)fee;
        row[7] = round;
        row[8] = equal;
        row[9] = outValue > 0 ? (float)(largest / outValue) : float.NaN;
        row[10] = outValue > 0 ? (float)(smallest / outValue) : float.NaN;
        row[11] = self;
        row[12] = fresh;
        row[13] = aged > 0 ? (float)(ageSum / aged) : float.NaN;
        row[14] = aged > 0 ? (float)ageMin : float.NaN;
        row[15] = (float)(g.TxTime[tx] / 86_400.0);
    }

    private static int Distinct(int[] addresses, int from, int to)
    {
        if (to - from > 64)
        {
            return addresses.AsSpan(from, to - from).ToArray().Where(a => a >= 0).Distinct().Count();
        }

        var count = 0;
        for (var i = from; i < to; i++)
        {
            var a = addresses[i];
            if (a < 0)
            {
                continue;
            }

            var seen = false;
            for (var j = from; j < i && !seen; j++)
            {
                seen = addresses[j] == a;
            }

            count += seen ? 0 : 1;
        }

        return count;
    }
}
