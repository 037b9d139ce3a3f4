using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>An allocated address: its derivation index and kind, its owner entity, its role and, for exchange deposit
/// addresses, the customer entity it was issued to (otherwise -1).</summary>
internal readonly record struct AddressRef(int Index, AddressKind Kind, int Owner, AddressRole Role, int Customer);
