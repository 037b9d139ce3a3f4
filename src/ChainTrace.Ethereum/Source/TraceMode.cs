namespace ChainTrace.Ethereum.Source;

/// <summary>Where internal calls (traces) come from.</summary>
public enum TraceMode
{
    /// <summary>Use <c>trace_block</c> if the node offers it, else <c>debug_traceBlockByNumber</c>, else no traces (reported).</summary>
    Auto,

    /// <summary>Parity/OpenEthereum style <c>trace_block</c> (Erigon, Nethermind, Reth, Anvil).</summary>
    Parity,

    /// <summary>Geth style <c>debug_traceBlockByNumber</c> with <c>callTracer</c> (Geth, Reth, Anvil, Erigon).</summary>
    Geth,

    /// <summary>No traces: the <c>traces</c> table stays empty.</summary>
    None,
}
