namespace ChainTrace.Graph.Tracing;

/// <summary>A transaction the taint passed through.</summary>
/// <param name="Transaction">Transaction node id.</param>
/// <param name="Hop">Hop distance from the seeds (1 = the first transaction after a seed).</param>
/// <param name="TaintIn">Tainted value entering it (forward: from inputs; backward: claimed by its outputs).</param>
/// <param name="ValueIn">All value entering it (its inputs).</param>
/// <param name="TaintToFee">Taint that went to the miner as fee (forward) — 0 backward.</param>
public sealed record TracedTransaction(int Transaction, int Hop, UInt128 TaintIn, UInt128 ValueIn, UInt128 TaintToFee);
