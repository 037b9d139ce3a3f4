using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection;

/// <summary>
/// Flat copies of the flow-graph fields that feature extraction and the detectors read in tight loops: per transaction
/// node its time, kind, asset and leg ranges; per leg its node, address, value in coin units and roundness.
/// </summary>
internal sealed class GraphArrays
{
    private GraphArrays(FlowGraph graph)
    {
        Graph = graph;
        Decimals = graph.Chain == ChainKind.Bitcoin ? 8 : 18;
        var txCount = graph.TransactionCount;
        TxTime = new long[txCount];
        TxKind = new FlowTransactionKind[txCount];
        TxAsset = new int[txCount];
        TxInStart = new int[txCount + 1];
        TxOutStart = new int[txCount + 1];
        for (var tx = 0; tx < txCount; tx++)
        {
            var t = graph.Transaction(tx);
            TxTime[tx] = t.Timestamp;
            TxKind[tx] = t.Kind;
            TxAsset[tx] = t.Asset;
            TxInStart[tx] = graph.InputsOf(tx).Start.Value;
            TxOutStart[tx] = graph.OutputsOf(tx).Start.Value;
        }

        TxInStart[txCount] = graph.InputCount;
        TxOutStart[txCount] = graph.OutputCount;
        InTx = new int[graph.InputCount];
        InAddress = new int[graph.InputCount];
        InValue = new double[graph.InputCount];
        InRaw = new UInt128[graph.InputCount];
        for (var leg = 0; leg < graph.InputCount; leg++)
        {
            var l = graph.Input(leg);
            InTx[leg] = l.Transaction;
            InAddress[leg] = l.Address;
            InRaw[leg] = l.Value;
            InValue[leg] = DecimalAmount.ToCoins(l.Value, Decimals);
        }

        OutTx = new int[graph.OutputCount];
        OutAddress = new int[graph.OutputCount];
        OutValue = new double[graph.OutputCount];
        OutRaw = new UInt128[graph.OutputCount];
        OutRound = new bool[graph.OutputCount];
        var roundUnit = UInt128.One;
        for (var i = 0; i < Decimals - 3; i++)
        {
            roundUnit *= 10;
        }

        for (var leg = 0; leg < graph.OutputCount; leg++)
        {
            var l = graph.Output(leg);
            OutTx[leg] = l.Transaction;
            OutAddress[leg] = l.Address;
            OutRaw[leg] = l.Value;
            OutValue[leg] = DecimalAmount.ToCoins(l.Value, Decimals);
            OutRound[leg] = RoundValues.IsRound(l.Value, roundUnit);
        }
    }

    public FlowGraph Graph { get; }

    /// <summary>Base units per coin as a power of ten (8 on Bitcoin, 18 on Ethereum).</summary>
    public int Decimals { get; }

    public long[] TxTime { get; }

    public FlowTransactionKind[] TxKind { get; }

    public int[] TxAsset { get; }

    public int[] TxInStart { get; }

    public int[] TxOutStart { get; }

    public int[] InTx { get; }

    public int[] InAddress { get; }

    public double[] InValue { get; }

    public UInt128[] InRaw { get; }

    public int[] OutTx { get; }

    public int[] OutAddress { get; }

    public double[] OutValue { get; }

    public UInt128[] OutRaw { get; }

    public bool[] OutRound { get; }

    public int AddressCount => Graph.Addresses.Count;

    public int TransactionCount => TxTime.Length;

    /// <summary>True when node <paramref name="tx"/> moves the native coin and is not a fee node.</summary>
    public bool IsNativeTransfer(int tx) => TxAsset[tx] == 0 && TxKind[tx] != FlowTransactionKind.Fee;

    /// <summary>Copies the fields of <paramref name="graph"/>.</summary>
    public static GraphArrays Of(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new GraphArrays(graph);
    }
}
