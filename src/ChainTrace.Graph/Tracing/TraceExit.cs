namespace ChainTrace.Graph.Tracing;

/// <summary>An amount of tainted value where the trace stopped following it.</summary>
/// <param name="Kind">Why it stopped.</param>
/// <param name="Address">Address id, or -1 when none.</param>
/// <param name="AddressText">The address as stored, or null.</param>
/// <param name="Label">The address's label, if any.</param>
/// <param name="Asset">Asset id (<see cref="FlowGraph.Assets"/>).</param>
/// <param name="Amount">Tainted amount, base units.</param>
/// <param name="Hop">Transactions between the seed and this point.</param>
/// <param name="Transaction">The transaction node that moved it here (forward: paid the address; backward: spent from it).</param>
/// <param name="Leg">The leg: forward an output leg, backward an input leg; -1 for a pool balance.</param>
public sealed record TraceExit(TraceExitKind Kind, int Address, string? AddressText, AddressLabel? Label, int Asset, UInt128 Amount, int Hop, int Transaction, int Leg);
