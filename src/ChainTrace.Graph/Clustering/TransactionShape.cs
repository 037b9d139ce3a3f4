namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The facts about one UTXO transaction that CoinJoin detectors look at: input and output values, the most common
/// output value and how often it occurs, distinct input addresses, script types and null-data outputs. The scanner
/// refills one instance per transaction; a detector must not keep it past its <see cref="ICoinJoinDetector.Detect"/>
/// call. Values are in satoshis (saturated at <see cref="ulong.MaxValue"/>).
/// </summary>
public sealed class TransactionShape
{
    private ulong[] _inValues = new ulong[16];
    private ulong[] _outValues = new ulong[16];
    private ulong[] _sorted = new ulong[16];
    private int[] _scratch = new int[16];
    private ScriptKind[]? _kinds;

    internal TransactionShape(FlowGraph graph) => Graph = graph;

    /// <summary>The graph the transaction belongs to.</summary>
    public FlowGraph Graph { get; }

    /// <summary>The transaction node id.</summary>
    public int Transaction { get; private set; }

    /// <summary>Number of inputs.</summary>
    public int InputCount { get; private set; }

    /// <summary>Number of outputs (including null-data outputs).</summary>
    public int OutputCount { get; private set; }

    /// <summary>Number of outputs that pay an address.</summary>
    public int AddressedOutputCount { get; private set; }

    /// <summary>Number of outputs without an address and of value 0 (OP_RETURN).</summary>
    public int NullDataOutputCount { get; private set; }

    /// <summary>The most common value among the outputs that pay an address (ties: the larger value); 0 when there are none.</summary>
    public ulong MostCommonValue { get; private set; }

    /// <summary>How many outputs that pay an address carry <see cref="MostCommonValue"/>.</summary>
    public int MostCommonCount { get; private set; }

    /// <summary>Number of distinct values among the outputs that pay an address.</summary>
    public int DistinctOutputValues { get; private set; }

    /// <summary>Number of distinct input addresses (inputs without an address not counted).</summary>
    public int DistinctInputAddresses { get; private set; }

    /// <summary>The smallest input value.</summary>
    public ulong MinInputValue { get; private set; }

    /// <summary>Input values in input order.</summary>
    public ReadOnlySpan<ulong> InputValues => _inValues.AsSpan(0, InputCount);

    /// <summary>Output values in output order.</summary>
    public ReadOnlySpan<ulong> OutputValues => _outValues.AsSpan(0, OutputCount);

    /// <summary>The address id of input <paramref name="index"/> (0-based within the transaction), or -1.</summary>
    public int InputAddress(int index) => Graph.Input(Graph.InputsOf(Transaction).Start.Value + index).Address;

    /// <summary>The address id of output <paramref name="index"/> (the vout), or -1.</summary>
    public int OutputAddress(int index) => Graph.Output(Graph.OutputsOf(Transaction).Start.Value + index).Address;

    /// <summary>The script type of input <paramref name="index"/>'s address.</summary>
    public ScriptKind InputKind(int index) => KindOf(InputAddress(index));

    /// <summary>The script type of output <paramref name="index"/>'s address.</summary>
    public ScriptKind OutputKind(int index) => KindOf(OutputAddress(index));

    /// <summary>True when output <paramref name="index"/> is the first payment its address ever received in the graph.</summary>
    public bool IsFirstReceipt(int index)
    {
        var leg = Graph.OutputsOf(Transaction).Start.Value + index;
        var address = Graph.Output(leg).Address;
        return address >= 0 && Graph.ReceiptsOf(address)[0] == leg;
    }

    /// <summary>
    /// The one script type shared by every input and every output that pays an address, or <see cref="ScriptKind.Unknown"/>
    /// when they differ (or none is known).
    /// </summary>
    public ScriptKind UniformKind()
    {
        var kind = ScriptKind.Unknown;
        for (var i = 0; i < InputCount + OutputCount; i++)
        {
            var address = i < InputCount ? InputAddress(i) : OutputAddress(i - InputCount);
            if (address < 0 && i >= InputCount)
            {
                continue;
            }

            var k = KindOf(address);
            if (k == ScriptKind.Unknown || (kind != ScriptKind.Unknown && k != kind))
            {
                return ScriptKind.Unknown;
            }

            kind = k;
        }

        return kind;
    }

    /// <summary>
    /// True when the outputs of value <paramref name="value"/> pay pairwise different addresses and, with
    /// <paramref name="requireFresh"/>, each of them for the first time.
    /// </summary>
    public bool OutputsOfValueAreDistinct(ulong value, bool requireFresh)
    {
        var n = 0;
        for (var i = 0; i < OutputCount; i++)
        {
            if (_outValues[i] != value)
            {
                continue;
            }

            var address = OutputAddress(i);
            if (address < 0 || (requireFresh && !IsFirstReceipt(i)))
            {
                return false;
            }

            Grow(ref _scratch, n + 1);
            _scratch[n++] = address;
        }

        var span = _scratch.AsSpan(0, n);
        span.Sort();
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] == span[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The script type of address <paramref name="address"/> (Unknown for -1).</summary>
    public ScriptKind KindOf(int address)
    {
        if (address < 0)
        {
            return ScriptKind.Unknown;
        }

        _kinds ??= ScriptKinds.ClassifyAll(Graph);
        return _kinds[address];
    }

    internal void Load(int tx)
    {
        Transaction = tx;
        var inputs = Graph.InputsOf(tx);
        var outputs = Graph.OutputsOf(tx);
        InputCount = inputs.End.Value - inputs.Start.Value;
        OutputCount = outputs.End.Value - outputs.Start.Value;
        Grow(ref _inValues, InputCount);
        Grow(ref _outValues, OutputCount);
        Grow(ref _sorted, OutputCount);
        Grow(ref _scratch, InputCount);
        MinInputValue = InputCount == 0 ? 0 : ulong.MaxValue;
        var addressCount = 0;
        for (var i = 0; i < InputCount; i++)
        {
            var leg = Graph.Input(inputs.Start.Value + i);
            _inValues[i] = Saturate(leg.Value);
            MinInputValue = Math.Min(MinInputValue, _inValues[i]);
            if (leg.Address >= 0)
            {
                _scratch[addressCount++] = leg.Address;
            }
        }

        DistinctInputAddresses = CountDistinct(_scratch.AsSpan(0, addressCount));
        var addressed = 0;
        var nullData = 0;
        for (var i = 0; i < OutputCount; i++)
        {
            var leg = Graph.Output(outputs.Start.Value + i);
            _outValues[i] = Saturate(leg.Value);
            if (leg.Address >= 0)
            {
                _sorted[addressed++] = _outValues[i];
            }
            else if (leg.Value == 0)
            {
                nullData++;
            }
        }

        AddressedOutputCount = addressed;
        NullDataOutputCount = nullData;
        var sorted = _sorted.AsSpan(0, addressed);
        sorted.Sort();
        (MostCommonValue, MostCommonCount, DistinctOutputValues) = (0, 0, 0);
        var run = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            DistinctOutputValues += run == 1 ? 1 : 0;
            if (run >= MostCommonCount)
            {
                (MostCommonValue, MostCommonCount) = (sorted[i], run);
            }
        }
    }

    private static int CountDistinct(Span<int> values)
    {
        values.Sort();
        var distinct = 0;
        for (var i = 0; i < values.Length; i++)
        {
            distinct += i == 0 || values[i] != values[i - 1] ? 1 : 0;
        }

        return distinct;
    }

    private static ulong Saturate(UInt128 value) => value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }
}
