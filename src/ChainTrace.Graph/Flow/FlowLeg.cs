namespace ChainTrace.Graph;

/// <summary>
/// A value-carrying leg of a transaction node: an input (value leaving <see cref="Address"/> into the transaction) or
/// an output (value the transaction pays to <see cref="Address"/>).
/// </summary>
/// <param name="Id">Leg id (input and output legs are numbered separately).</param>
/// <param name="Transaction">The transaction node the leg belongs to.</param>
/// <param name="Address">Address id, or -1 when the leg has no address (OP_RETURN, nonstandard script, fee sink).</param>
/// <param name="Value">Amount in base units (satoshi, wei, token units).</param>
public readonly record struct FlowLeg(int Id, int Transaction, int Address, UInt128 Value);
