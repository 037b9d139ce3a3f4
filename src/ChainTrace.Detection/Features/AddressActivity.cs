namespace ChainTrace.Detection;

/// <summary>
/// The first feature pass over one address: its receipts and spends (degree, value, roundness, timing and exposure
/// columns) and its distinct counterparties, which the neighbour pass reads.
/// </summary>
internal sealed class AddressActivity
{
    private static readonly int[] Col = Columns();

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

    /// <summary>Column indexes of the fixed features, in <see cref="AddressFeatureNames.Fixed"/> order.</summary>
    internal static int Index(string name) => IndexOf(name);

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
        var stats = new Stats();
        ReadReceipts(address, graph.ReceiptsOf(address), ref stats);
        ReadSpends(address, graph.SpendsOf(address), ref stats);
        var inCp = SortedDistinct(_inCp);
        var outCp = SortedDistinct(_outCp);
        Write(row, stats, inCp, outCp);
        return (inCp, outCp);
    }

    private void ReadReceipts(int address, ReadOnlySpan<int> legs, ref Stats s)
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

    private void ReadSpends(int address, ReadOnlySpan<int> legs, ref Stats s)
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

    private void Write(Span<float> row, in Stats s, int[] inCp, int[] outCp)
    {
        row[Col[0]] = s.InTx;
        row[Col[1]] = s.OutTx;
        row[Col[2]] = (float)s.InTransfers;
        row[Col[3]] = (float)s.OutTransfers;
        row[Col[4]] = inCp.Length;
        row[Col[5]] = outCp.Length;
        row[Col[6]] = IntersectionCount(inCp, outCp);
        row[Col[7]] = s.OutTx > 0 ? (float)s.SelfTransfers / s.OutTx : float.NaN;
        row[Col[8]] = s.Tokens;
        row[Col[9]] = (float)s.InValue;
        row[Col[10]] = (float)s.OutValue;
        row[Col[11]] = s.InTx > 0 ? (float)(s.InValue / s.InTx) : float.NaN;
        row[Col[12]] = s.InTx > 0 ? (float)s.InMax : float.NaN;
        row[Col[13]] = s.InTx > 0 ? (float)s.InMin : float.NaN;
        row[Col[14]] = s.InTx > 0 ? (float)Std(s.InValue, s.InSquares, s.InTx) : float.NaN;
        row[Col[15]] = s.OutTx > 0 ? (float)(s.OutValue / s.OutTx) : float.NaN;
        row[Col[16]] = s.OutTx > 0 ? (float)s.OutMax : float.NaN;
        row[Col[17]] = s.OutTx > 0 ? (float)s.OutMin : float.NaN;
        row[Col[18]] = s.OutTx > 0 ? (float)Std(s.OutValue, s.OutSquares, s.OutTx) : float.NaN;
        row[Col[19]] = s.InTransfers > 0 ? (float)(s.InValue / s.InTransfers) : float.NaN;
        row[Col[20]] = s.OutTransfers > 0 ? (float)(s.OutValue / s.OutTransfers) : float.NaN;
        row[Col[21]] = s.InValue > 0 ? (float)(s.OutValue / s.InValue) : float.NaN;
        row[Col[22]] = s.InValue > 0 ? (float)(s.InMax / s.InValue) : float.NaN;
        row[Col[23]] = s.InLegs > 0 ? (float)s.InRoundLegs / s.InLegs : float.NaN;
        row[Col[24]] = s.OutLegs > 0 ? (float)s.OutRoundLegs / s.OutLegs : float.NaN;
        row[Col[25]] = (float)s.Fee;
        WriteTiming(row, s);
        var exposureStart = AddressFeatureNames.Fixed.Count;
        for (var c = 0; c < _categoryCount; c++)
        {
            row[exposureStart + (2 * c)] = s.InValue > 0 ? (float)(_inExposure[c] / s.InValue) : float.NaN;
            row[exposureStart + (2 * c) + 1] = s.OutToOthers > 0 ? (float)(_outExposure[c] / s.OutToOthers) : float.NaN;
        }
    }

    private void WriteTiming(Span<float> row, in Stats s)
    {
        long first = long.MaxValue;
        long last = long.MinValue;
        foreach (var (_, time) in _receipts)
        {
            first = Math.Min(first, time);
            last = Math.Max(last, time);
        }

        foreach (var (_, time, _) in _spends)
        {
            first = Math.Min(first, time);
            last = Math.Max(last, time);
        }

        var any = first != long.MaxValue;
        row[Col[26]] = any ? (float)(first / 86_400.0) : float.NaN;
        row[Col[27]] = any ? (float)(last / 86_400.0) : float.NaN;
        var span = any ? last - first : 0;
        row[Col[28]] = span;
        row[Col[29]] = _receipts.Count > 0 && _spends.Count > 0 ? _spends[0].Time - _receipts[0].Time : float.NaN;
        (row[Col[30]], row[Col[31]]) = Gaps(_receipts.Select(r => r.Time));
        (row[Col[32]], row[Col[33]]) = Gaps(_spends.Select(r => r.Time));
        double holdSum = 0;
        var holds = 0;
        double fast = 0;
        var r = -1;
        foreach (var (tx, time, sent) in _spends)
        {
            while (r + 1 < _receipts.Count && _receipts[r + 1].Tx < tx)
            {
                r++;
            }

            if (r < 0)
            {
                continue;
            }

            var hold = time - _receipts[r].Time;
            holdSum += hold;
            holds++;
            fast += hold <= _forwardWindow ? sent : 0;
        }

        row[Col[34]] = holds > 0 ? (float)(holdSum / holds) : float.NaN;
        row[Col[35]] = s.OutValue > 0 ? (float)(fast / s.OutValue) : float.NaN;
        row[Col[36]] = (float)((s.InTransfers + s.OutTransfers) / Math.Max(1.0, span / 86_400.0));
    }

    private static (float Mean, float Min) Gaps(IEnumerable<long> times)
    {
        long previous = 0;
        var count = 0;
        double sum = 0;
        long min = long.MaxValue;
        foreach (var time in times)
        {
            if (count > 0)
            {
                var gap = Math.Abs(time - previous);
                sum += gap;
                min = Math.Min(min, gap);
            }

            previous = time;
            count++;
        }

        return count < 2 ? (float.NaN, float.NaN) : ((float)(sum / (count - 1)), min);
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

    private static int[] SortedDistinct(List<int> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        values.Sort();
        var distinct = 1;
        for (var i = 1; i < values.Count; i++)
        {
            distinct += values[i] != values[i - 1] ? 1 : 0;
        }

        var result = new int[distinct];
        result[0] = values[0];
        var k = 1;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] != values[i - 1])
            {
                result[k++] = values[i];
            }
        }

        return result;
    }

    internal static int IntersectionCount(int[] a, int[] b)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                count++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    private static int IndexOf(string name)
    {
        for (var i = 0; i < AddressFeatureNames.Fixed.Count; i++)
        {
            if (AddressFeatureNames.Fixed[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown feature {name}.");
    }

    private static int[] Columns() =>
    [
        IndexOf(AddressFeatureNames.InTx), IndexOf(AddressFeatureNames.OutTx), IndexOf(AddressFeatureNames.InTransfers),
        IndexOf(AddressFeatureNames.OutTransfers), IndexOf(AddressFeatureNames.InCounterparties),
        IndexOf(AddressFeatureNames.OutCounterparties), IndexOf(AddressFeatureNames.ReciprocalCounterparties),
        IndexOf(AddressFeatureNames.SelfTransferShare), IndexOf(AddressFeatureNames.TokenTransfers),
        IndexOf(AddressFeatureNames.InValue), IndexOf(AddressFeatureNames.OutValue), IndexOf(AddressFeatureNames.InValueMean),
        IndexOf(AddressFeatureNames.InValueMax), IndexOf(AddressFeatureNames.InValueMin), IndexOf(AddressFeatureNames.InValueStd),
        IndexOf(AddressFeatureNames.OutValueMean), IndexOf(AddressFeatureNames.OutValueMax), IndexOf(AddressFeatureNames.OutValueMin),
        IndexOf(AddressFeatureNames.OutValueStd), IndexOf(AddressFeatureNames.InValuePerTransfer),
        IndexOf(AddressFeatureNames.OutValuePerTransfer), IndexOf(AddressFeatureNames.PassThroughRatio),
        IndexOf(AddressFeatureNames.InMaxShare), IndexOf(AddressFeatureNames.RoundInShare), IndexOf(AddressFeatureNames.RoundOutShare),
        IndexOf(AddressFeatureNames.FeePaid), IndexOf(AddressFeatureNames.FirstSeen), IndexOf(AddressFeatureNames.LastSeen),
        IndexOf(AddressFeatureNames.ActiveSpan), IndexOf(AddressFeatureNames.FirstOutDelay), IndexOf(AddressFeatureNames.InGapMean),
        IndexOf(AddressFeatureNames.InGapMin), IndexOf(AddressFeatureNames.OutGapMean), IndexOf(AddressFeatureNames.OutGapMin),
        IndexOf(AddressFeatureNames.HoldTimeMean), IndexOf(AddressFeatureNames.FastForwardShare),
        IndexOf(AddressFeatureNames.TransfersPerDay),
    ];

    private struct Stats
    {
        public int InTx;
        public int OutTx;
        public double InTransfers;
        public double OutTransfers;
        public int SelfTransfers;
        public int Tokens;
        public double InValue;
        public double InSquares;
        public double InMax;
        public double InMin;
        public double OutValue;
        public double OutSquares;
        public double OutMax;
        public double OutMin;
        public double OutToOthers;
        public int InLegs;
        public int InRoundLegs;
        public int OutLegs;
        public int OutRoundLegs;
        public double Fee;

        public Stats()
        {
            InMin = double.PositiveInfinity;
            OutMin = double.PositiveInfinity;
        }
    }
}
