namespace ChainTrace.Detection;

/// <summary>
/// The first feature pass over one address: its receipts and spends (degree, value, roundness, timing and exposure
/// columns) and its distinct counterparties, which the neighbour pass reads.
/// </summary>
internal sealed partial class AddressActivity
{
    private readonly GraphArrays _g;
    private readonly IReadOnlyList<int>? _multiplicity;
    private readonly int[]? _categoryOf;
    private readonly int _categoryCount;
    private readonly long _forwardWindow;
    private readonly List<int> _inCp = [];
    private readonly List<int> _outCp = [];
    private readonly List<(int Tx, long Time)> _receipts = [];
    private readonly List<(int Tx, long Time, double Sent)> _spends = [];
    private readonly double[] _inExposure;
    private readonly double[] _outExposure;
    private readonly List<long> _times = [];
    private readonly HashSet<long> _days = [];

    public AddressActivity(GraphArrays g, IReadOnlyList<int>? multiplicity, int[]? categoryOf, int categoryCount, long forwardWindow)
    {
        _g = g;
        _multiplicity = multiplicity;
        _categoryOf = categoryOf;
        _categoryCount = categoryCount;
        _forwardWindow = forwardWindow;
        _inExposure = new double[categoryCount];
        _outExposure = new double[categoryCount];
    }

    /// <summary>Fills the first-pass columns of <paramref name="row"/> and returns the sorted distinct counterparties.</summary>
    public (int[] In, int[] Out) Compute(int address, Span<float> row)
    {
        _inCp.Clear();
        _outCp.Clear();
        _receipts.Clear();
        _spends.Clear();
        Array.Clear(_inExposure);
        Array.Clear(_outExposure);
        var graph = _g.Graph;
        var stats = new ActivityStats();
        ReadReceipts(address, graph.ReceiptsOf(address), ref stats);
        ReadSpends(address, graph.SpendsOf(address), ref stats);
        var inCp = SortedInts.Distinct(_inCp);
        var outCp = SortedInts.Distinct(_outCp);
        Write(row, stats, inCp, outCp);
        return (inCp, outCp);
    }

    private void ReadReceipts(int address, ReadOnlySpan<int> legs, ref ActivityStats s)
    {
        var i = 0;
        while (i < legs.Length)
        {
            var tx = _g.OutTx[legs[i]];
            double value = 0;
            var legCount = 0;
            var roundLegs = 0;
            while (i < legs.Length && _g.OutTx[legs[i]] == tx)
            {
                value += _g.OutValue[legs[i]];
                roundLegs += _g.OutRound[legs[i]] ? 1 : 0;
                legCount++;
                i++;
            }

            if (_g.TxAsset[tx] != 0)
            {
                s.Tokens += legCount;
                continue;
            }

            if (SpendsInto(address, tx))
            {
                continue;
            }

            var m = Multiplicity(tx);
            s.ZeroValue += value == 0 ? 1 : 0;
            s.InTx++;
            s.InTransfers += m;
            s.InValue += value;
            s.InSquares += value * value;
            s.InMax = Math.Max(s.InMax, value);
            s.InMin = Math.Min(s.InMin, value);
            s.InLegs += legCount;
            s.InRoundLegs += roundLegs;
            _receipts.Add((tx, _g.TxTime[tx]));
            double txIn = 0;
            for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
            {
                var from = _g.InAddress[leg];
                txIn += _g.InValue[leg];
                if (from >= 0 && from != address)
                {
                    _inCp.Add(from);
                }
            }

            if (_categoryOf is not null && txIn > 0)
            {
                for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
                {
                    var from = _g.InAddress[leg];
                    if (from >= 0 && _categoryOf[from] >= 0)
                    {
                        _inExposure[_categoryOf[from]] += value * _g.InValue[leg] / txIn;
                    }
                }
            }
        }
    }

    private void ReadSpends(int address, ReadOnlySpan<int> legs, ref ActivityStats s)
    {
        var i = 0;
        while (i < legs.Length)
        {
            var tx = _g.InTx[legs[i]];
            double own = 0;
            var legCount = 0;
            while (i < legs.Length && _g.InTx[legs[i]] == tx)
            {
                own += _g.InValue[legs[i]];
                legCount++;
                i++;
            }

            if (_g.TxKind[tx] == Graph.FlowTransactionKind.Fee)
            {
                s.Fee += own;
                continue;
            }

            if (_g.TxAsset[tx] != 0)
            {
                s.Tokens += legCount;
                continue;
            }

            double back = 0;
            double toOthers = 0;
            for (var leg = _g.TxOutStart[tx]; leg < _g.TxOutStart[tx + 1]; leg++)
            {
                var to = _g.OutAddress[leg];
                if (to == address)
                {
                    back += _g.OutValue[leg];
                    continue;
                }

                toOthers += _g.OutValue[leg];
                s.OutLegs++;
                s.OutRoundLegs += _g.OutRound[leg] ? 1 : 0;
                if (to >= 0)
                {
                    _outCp.Add(to);
                    if (_categoryOf is not null && _categoryOf[to] >= 0)
                    {
                        _outExposure[_categoryOf[to]] += _g.OutValue[leg];
                    }
                }
            }

            s.OutToOthers += toOthers;
            if (_g.TxKind[tx] == Graph.FlowTransactionKind.Utxo && AllInputsOf(address, tx))
            {
                var input = InputRaw(tx);
                var output = OutputRaw(tx);
                s.Fee += input > output ? DecimalAmount.ToCoins(input - output, _g.Decimals) : 0;
            }

            var sent = Math.Max(0, own - back);
            s.ZeroValue += own == 0 ? 1 : 0;
            var m = Multiplicity(tx);
            s.OutTx++;
            s.OutTransfers += m;
            s.SelfTransfers += back > 0 ? 1 : 0;
            s.OutValue += sent;
            s.OutSquares += sent * sent;
            s.OutMax = Math.Max(s.OutMax, sent);
            s.OutMin = Math.Min(s.OutMin, sent);
            _spends.Add((tx, _g.TxTime[tx], sent));
        }
    }

    private void Write(Span<float> row, in ActivityStats s, int[] inCp, int[] outCp)
    {
        row[FeatureColumns.InTx] = s.InTx;
        row[FeatureColumns.OutTx] = s.OutTx;
        row[FeatureColumns.InTransfers] = (float)s.InTransfers;
        row[FeatureColumns.OutTransfers] = (float)s.OutTransfers;
        row[FeatureColumns.InCounterparties] = inCp.Length;
        row[FeatureColumns.OutCounterparties] = outCp.Length;
        row[FeatureColumns.ReciprocalCounterparties] = SortedInts.IntersectionCount(inCp, outCp);
        row[FeatureColumns.SelfTransferShare] = s.OutTx > 0 ? (float)s.SelfTransfers / s.OutTx : float.NaN;
        row[FeatureColumns.TokenTransfers] = s.Tokens;
        row[FeatureColumns.InValue] = (float)s.InValue;
        row[FeatureColumns.OutValue] = (float)s.OutValue;
        row[FeatureColumns.InValueMean] = s.InTx > 0 ? (float)(s.InValue / s.InTx) : float.NaN;
        row[FeatureColumns.InValueMax] = s.InTx > 0 ? (float)s.InMax : float.NaN;
        row[FeatureColumns.InValueMin] = s.InTx > 0 ? (float)s.InMin : float.NaN;
        row[FeatureColumns.InValueStd] = s.InTx > 0 ? (float)Std(s.InValue, s.InSquares, s.InTx) : float.NaN;
        row[FeatureColumns.OutValueMean] = s.OutTx > 0 ? (float)(s.OutValue / s.OutTx) : float.NaN;
        row[FeatureColumns.OutValueMax] = s.OutTx > 0 ? (float)s.OutMax : float.NaN;
        row[FeatureColumns.OutValueMin] = s.OutTx > 0 ? (float)s.OutMin : float.NaN;
        row[FeatureColumns.OutValueStd] = s.OutTx > 0 ? (float)Std(s.OutValue, s.OutSquares, s.OutTx) : float.NaN;
        row[FeatureColumns.InValuePerTransfer] = s.InTransfers > 0 ? (float)(s.InValue / s.InTransfers) : float.NaN;
        row[FeatureColumns.OutValuePerTransfer] = s.OutTransfers > 0 ? (float)(s.OutValue / s.OutTransfers) : float.NaN;
        row[FeatureColumns.PassThroughRatio] = s.InValue > 0 ? (float)(s.OutValue / s.InValue) : float.NaN;
        row[FeatureColumns.InMaxShare] = s.InValue > 0 ? (float)(s.InMax / s.InValue) : float.NaN;
        row[FeatureColumns.RoundInShare] = s.InLegs > 0 ? (float)s.InRoundLegs / s.InLegs : float.NaN;
        row[FeatureColumns.RoundOutShare] = s.OutLegs > 0 ? (float)s.OutRoundLegs / s.OutLegs : float.NaN;
        row[FeatureColumns.FeePaid] = (float)s.Fee;
        WriteTiming(row, s);
        var exposureStart = AddressFeatureNames.Fixed.Count;
        for (var c = 0; c < _categoryCount; c++)
        {
            row[exposureStart + (2 * c)] = s.InValue > 0 ? (float)(_inExposure[c] / s.InValue) : float.NaN;
            row[exposureStart + (2 * c) + 1] = s.OutToOthers > 0 ? (float)(_outExposure[c] / s.OutToOthers) : float.NaN;
        }
    }

    private bool SpendsInto(int address, int tx)
    {
        for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
        {
            if (_g.InAddress[leg] == address)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllInputsOf(int address, int tx)
    {
        for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
        {
            if (_g.InAddress[leg] != address)
            {
                return false;
            }
        }

        return true;
    }

    private UInt128 InputRaw(int tx)
    {
        UInt128 sum = 0;
        for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
        {
            sum += _g.InRaw[leg];
        }

        return sum;
    }

    private UInt128 OutputRaw(int tx)
    {
        UInt128 sum = 0;
        for (var leg = _g.TxOutStart[tx]; leg < _g.TxOutStart[tx + 1]; leg++)
        {
            sum += _g.OutRaw[leg];
        }

        return sum;
    }

    private double Multiplicity(int tx) => _multiplicity is null ? 1 : _multiplicity[tx];

    private static double Std(double sum, double squares, int n)
    {
        var mean = sum / n;
        return Math.Sqrt(Math.Max(0, (squares / n) - (mean * mean)));
    }

}
