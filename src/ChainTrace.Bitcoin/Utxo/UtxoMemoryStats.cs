namespace ChainTrace.Bitcoin.Utxo;

/// <summary>Memory held by a <see cref="UtxoSet"/>.</summary>
/// <param name="Count">Unspent outputs held.</param>
/// <param name="EntryBytes">Bytes of the hash-table slots (24 bytes each, occupied or free).</param>
/// <param name="AddressCount">Distinct live addresses held.</param>
/// <param name="AddressBytes">Approximate bytes of the live address strings and their index.</param>
public readonly record struct UtxoMemoryStats(long Count, long EntryBytes, long AddressCount, long AddressBytes)
{
    /// <summary>Slot bytes per unspent output (24 at a full table; more while the table has free slots).</summary>
    public double EntryBytesPerOutput => Count == 0 ? 0 : (double)EntryBytes / Count;

    /// <summary>All bytes (slots and addresses) per unspent output.</summary>
    public double TotalBytesPerOutput => Count == 0 ? 0 : (double)(EntryBytes + AddressBytes) / Count;
}
