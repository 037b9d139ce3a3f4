namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>An output of the transaction being built: value, tracked ransom, payee, or OP_RETURN data in the builder's buffer.</summary>
/// <param name="Value">Satoshis.</param>
/// <param name="Ransom">Satoshis of tracked ransom money it carries.</param>
/// <param name="Address">The payee (default for OP_RETURN).</param>
/// <param name="NullDataOffset">Offset of the OP_RETURN script in the builder's buffer, or -1.</param>
/// <param name="NullDataLength">Length of that script.</param>
/// <param name="IsChange">True for the spender's change.</param>
internal readonly record struct PendingOutput(long Value, long Ransom, AddressRef Address, int NullDataOffset, int NullDataLength, bool IsChange);
