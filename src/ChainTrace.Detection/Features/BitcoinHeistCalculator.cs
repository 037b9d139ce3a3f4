namespace ChainTrace.Detection;

/// <summary>
/// The six BitcoinHeist address features of Akcora et al. ("BitcoinHeist: Topological Data Analysis for Ransomware
/// Detection on the Bitcoin Blockchain", 2019), computed per time window and summed (length: maximum) over windows.
/// </summary>
/// <remarks>
/// <para>
/// Within a window the graph is the address–transaction DAG of the window's native-coin transactions: a transaction
/// points to the addresses it pays, an address points to the later transactions it spends into. A starter transaction
/// is one none of whose input addresses was paid earlier in the window. For address <c>u</c>: income is the value paid
/// to <c>u</c>; neighbors the transactions paying <c>u</c>; length the number of non-starter transactions on the longest
/// chain from a starter to <c>u</c>; count the starters with a chain to <c>u</c>; looped the starters with more than
/// one directed path to <c>u</c>; weight the sum of the fractions of starter coins that reach <c>u</c>: a starter has
/// weight 1, a transaction splits its weight equally over its outputs, and a non-starter's weight is the sum of what
/// its input addresses received in the window.
/// </para>
/// <para>
/// Adaptation (documented, applies to both chains): an address that spends into several transactions of the window
/// passes each an equal share of its weight, so the coin fractions are conserved; on account chains every transfer is
/// a one-input, one-output transaction, so a chain runs through the accounts that receive and pay onwards within the
/// window. Windows are aligned to multiples of the window length in Unix time (UTC days by default) and never go
/// backwards when block times do.
/// </para>
/// </remarks>
internal sealed class BitcoinHeistCalculator
{
    private readonly GraphArrays _g;
    private readonly long _window;
    private readonly int _maxStarters;
    private readonly int[] _paidStamp;
    private readonly int[] _spendStamp;
    private readonly int[] _spendCount;
    private readonly double[] _weight;
    private readonly int[] _length;
    private readonly int[]?[] _starters;
    private readonly double[] _income;
    private readonly int[] _neighbors;
    private readonly List<int> _touched = [];
    private readonly List<int> _inputs = [];
    private readonly List<int> _merge = [];

    public BitcoinHeistCalculator(GraphArrays g, long windowSeconds, int maxStarters)
    {
        _g = g;
        _window = windowSeconds;
        _maxStarters = maxStarters;
        var n = g.AddressCount;
        _paidStamp = new int[n];
        _spendStamp = new int[n];
        _spendCount = new int[n];
        _weight = new double[n];
        _length = new int[n];
        _starters = new int[n][];
        _income = new double[n];
        _neighbors = new int[n];
        Income = new double[n];
        Neighbors = new double[n];
        Weight = new double[n];
        Length = new double[n];
        Count = new double[n];
        Looped = new double[n];
        Windows = new double[n];
    }

    public double[] Income { get; }

    public double[] Neighbors { get; }

    public double[] Weight { get; }

    public double[] Length { get; }

    public double[] Count { get; }

    public double[] Looped { get; }

    public double[] Windows { get; }

    public void Run()
    {
        var txCount = _g.TransactionCount;
        var start = 0;
        var stamp = 0;
        long currentWindow = long.MinValue;
        while (start < txCount)
        {
            currentWindow = Math.Max(currentWindow, WindowOf(start));
            var end = start + 1;
            while (end < txCount && WindowOf(end) <= currentWindow)
            {
                end++;
            }

            stamp++;
            RunWindow(start, end, stamp);
            start = end;
        }
    }

    private long WindowOf(int tx) => (long)Math.Floor(_g.TxTime[tx] / (double)_window);

    private void RunWindow(int start, int end, int stamp)
    {
        for (var tx = start; tx < end; tx++)
        {
            if (!_g.IsNativeTransfer(tx))
            {
                continue;
            }

            DistinctInputs(tx);
            foreach (var a in _inputs)
            {
                if (_spendStamp[a] != stamp)
                {
                    _spendStamp[a] = stamp;
                    _spendCount[a] = 0;
                }

                _spendCount[a]++;
            }
        }

        var starterId = 0;
        for (var tx = start; tx < end; tx++)
        {
            if (!_g.IsNativeTransfer(tx) || _g.TxOutStart[tx + 1] == _g.TxOutStart[tx])
            {
                continue;
            }

            DistinctInputs(tx);
            double weight = 0;
            var length = -1;
            _merge.Clear();
            int[]? starters = null;
            var preds = 0;
            foreach (var a in _inputs)
            {
                if (_paidStamp[a] != stamp)
                {
                    continue;
                }

                preds++;
                weight += _weight[a] / _spendCount[a];
                length = Math.Max(length, _length[a]);
                starters = preds == 1 ? _starters[a] : Merge(starters!, _starters[a]!);
            }

            if (preds == 0)
            {
                weight = 1;
                length = 0;
                starters = [starterId++ * 2];
            }
            else
            {
                length++;
            }

            Pay(tx, stamp, weight, length, starters!);
        }

        foreach (var a in _touched)
        {
            var set = _starters[a]!;
            var looped = 0;
            foreach (var code in set)
            {
                looped += code & 1;
            }

            Income[a] += _income[a];
            Neighbors[a] += _neighbors[a];
            Weight[a] += _weight[a];
            Length[a] = Math.Max(Length[a], _length[a]);
            Count[a] += set.Length;
            Looped[a] += looped;
            Windows[a]++;
            _starters[a] = null;
        }

        _touched.Clear();
    }

    private void Pay(int tx, int stamp, double weight, int length, int[] starters)
    {
        var first = _g.TxOutStart[tx];
        var last = _g.TxOutStart[tx + 1];
        var share = weight / (last - first);
        for (var leg = first; leg < last; leg++)
        {
            var b = _g.OutAddress[leg];
            if (b < 0)
            {
                continue;
            }

            var firstLegToB = true;
            for (var earlier = first; earlier < leg; earlier++)
            {
                if (_g.OutAddress[earlier] == b)
                {
                    firstLegToB = false;
                    break;
                }
            }

            if (_paidStamp[b] != stamp)
            {
                _paidStamp[b] = stamp;
                _weight[b] = 0;
                _length[b] = 0;
                _starters[b] = [];
                _income[b] = 0;
                _neighbors[b] = 0;
                _touched.Add(b);
            }

            _weight[b] += share;
            _income[b] += _g.OutValue[leg];
            if (firstLegToB)
            {
                _neighbors[b]++;
                _length[b] = Math.Max(_length[b], length);
                _starters[b] = Merge(_starters[b]!, starters);
            }
        }
    }

    private void DistinctInputs(int tx)
    {
        _inputs.Clear();
        for (var leg = _g.TxInStart[tx]; leg < _g.TxInStart[tx + 1]; leg++)
        {
            var a = _g.InAddress[leg];
            if (a >= 0 && !_inputs.Contains(a))
            {
                _inputs.Add(a);
            }
        }
    }

    /// <summary>
    /// Merges two sorted starter sets. A code is <c>starter * 2 + looped</c>; a starter in both sets has at least two
    /// paths, so its looped bit is set. The result holds at most the configured number of starters (smallest first).
    /// </summary>
    private int[] Merge(int[] a, int[] b)
    {
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        _merge.Clear();
        int i = 0, j = 0;
        while ((i < a.Length || j < b.Length) && _merge.Count < _maxStarters)
        {
            if (j >= b.Length || (i < a.Length && (a[i] >> 1) < (b[j] >> 1)))
            {
                _merge.Add(a[i++]);
            }
            else if (i >= a.Length || (b[j] >> 1) < (a[i] >> 1))
            {
                _merge.Add(b[j++]);
            }
            else
            {
                _merge.Add(a[i++] | 1);
                j++;
            }
        }

        return [.. _merge];
    }
}
