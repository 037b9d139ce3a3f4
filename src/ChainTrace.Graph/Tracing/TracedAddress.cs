namespace ChainTrace.Graph.Tracing;

/// <summary>An address the taint reached (forward: received; backward: sent).</summary>
/// <param name="Address">Address id.</param>
/// <param name="AddressText">The address as stored.</param>
/// <param name="Asset">Asset id.</param>
/// <param name="Amount">Total tainted amount through this address, base units.</param>
/// <param name="Hop">Smallest hop distance at which it was reached.</param>
/// <param name="Label">Its label, if any.</param>
public sealed record TracedAddress(int Address, string AddressText, int Asset, UInt128 Amount, int Hop, AddressLabel? Label);
