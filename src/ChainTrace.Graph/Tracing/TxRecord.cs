namespace ChainTrace.Graph.Tracing;

/// <summary>What a trace did at one transaction: the taint in and the legs it came from (for explanations).</summary>
internal sealed class TxRecord
{
    public int Hop { get; set; }

    public UInt128 TaintIn { get; set; }

    public UInt128 ValueIn { get; set; }

    public UInt128 TaintToFee { get; set; }

    /// <summary>Forward: the output legs (earlier) whose taint entered; backward: the output legs of this transaction claimed.</summary>
    public List<(int Leg, UInt128 Taint)> Sources { get; } = [];
}
