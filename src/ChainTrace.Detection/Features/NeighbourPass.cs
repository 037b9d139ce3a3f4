namespace ChainTrace.Detection;

/// <summary>
/// The second feature pass: aggregates of the counterparties' first-pass features (1-hop means, maxima and shares) and
/// the two-hop reach, for one address at a time. Holds a per-thread mark array for distinct counting.
/// </summary>
internal sealed class NeighbourPass
{
    private static readonly int InCp = FeatureColumns.Index(AddressFeatureNames.InCounterparties);
    private static readonly int OutCp = FeatureColumns.Index(AddressFeatureNames.OutCounterparties);
    private static readonly int InTx = FeatureColumns.Index(AddressFeatureNames.InTx);
    private static readonly int OutTx = FeatureColumns.Index(AddressFeatureNames.OutTx);
    private static readonly int PassThrough = FeatureColumns.Index(AddressFeatureNames.PassThroughRatio);
    private static readonly int InNbrOutCpMean = FeatureColumns.Index(AddressFeatureNames.InNeighbourOutCounterpartiesMean);
    private static readonly int InNbrTxMean = FeatureColumns.Index(AddressFeatureNames.InNeighbourTxMean);
    private static readonly int InNbrSingle = FeatureColumns.Index(AddressFeatureNames.InNeighbourSingleShare);
    private static readonly int OutNbrInCpMean = FeatureColumns.Index(AddressFeatureNames.OutNeighbourInCounterpartiesMean);
    private static readonly int OutNbrInCpMax = FeatureColumns.Index(AddressFeatureNames.OutNeighbourInCounterpartiesMax);
    private static readonly int OutNbrOutCpMean = FeatureColumns.Index(AddressFeatureNames.OutNeighbourOutCounterpartiesMean);
    private static readonly int OutNbrPassMean = FeatureColumns.Index(AddressFeatureNames.OutNeighbourPassThroughMean);
    private static readonly int TwoHopOut = FeatureColumns.Index(AddressFeatureNames.TwoHopOut);
    private static readonly int TwoHopIn = FeatureColumns.Index(AddressFeatureNames.TwoHopIn);

    private readonly FeatureMatrix _matrix;
    private readonly int[][] _in;
    private readonly int[][] _out;
    private readonly int _cap;
    private readonly int[] _mark;
    private int _stamp;

    public NeighbourPass(FeatureMatrix matrix, int[][] inCounterparties, int[][] outCounterparties, int cap)
    {
        _matrix = matrix;
        _in = inCounterparties;
        _out = outCounterparties;
        _cap = cap;
        _mark = new int[inCounterparties.Length];
    }

    public void Compute(int address)
    {
        var row = _matrix.RowSpan(address);
        var senders = _in[address];
        if (senders.Length > 0)
        {
            double outCp = 0;
            double tx = 0;
            var single = 0;
            foreach (var s in senders)
            {
                var r = _matrix.Row(s);
                outCp += r[OutCp];
                var total = r[InTx] + r[OutTx];
                tx += total;
                single += total <= 1 ? 1 : 0;
            }

            row[InNbrOutCpMean] = (float)(outCp / senders.Length);
            row[InNbrTxMean] = (float)(tx / senders.Length);
            row[InNbrSingle] = (float)single / senders.Length;
        }
        else
        {
            row[InNbrOutCpMean] = row[InNbrTxMean] = row[InNbrSingle] = float.NaN;
        }

        var payees = _out[address];
        if (payees.Length > 0)
        {
            double inCp = 0;
            double max = 0;
            double outCp = 0;
            double pass = 0;
            var passCount = 0;
            foreach (var p in payees)
            {
                var r = _matrix.Row(p);
                inCp += r[InCp];
                max = Math.Max(max, r[InCp]);
                outCp += r[OutCp];
                if (!float.IsNaN(r[PassThrough]))
                {
                    pass += r[PassThrough];
                    passCount++;
                }
            }

            row[OutNbrInCpMean] = (float)(inCp / payees.Length);
            row[OutNbrInCpMax] = (float)max;
            row[OutNbrOutCpMean] = (float)(outCp / payees.Length);
            row[OutNbrPassMean] = passCount > 0 ? (float)(pass / passCount) : float.NaN;
        }
        else
        {
            row[OutNbrInCpMean] = row[OutNbrInCpMax] = row[OutNbrOutCpMean] = row[OutNbrPassMean] = float.NaN;
        }

        row[TwoHopOut] = Reach(address, _out);
        row[TwoHopIn] = Reach(address, _in);
    }

    private int Reach(int address, int[][] next)
    {
        _stamp++;
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_mark);
            _stamp = 1;
        }

        _mark[address] = _stamp;
        var count = 0;
        foreach (var hop in next[address])
        {
            foreach (var far in next[hop])
            {
                if (_mark[far] != _stamp)
                {
                    _mark[far] = _stamp;
                    if (++count >= _cap)
                    {
                        return count;
                    }
                }
            }
        }

        return count;
    }
}
