using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>An unspent output as enumerated from a <see cref="UtxoSet"/>.</summary>
/// <param name="TxidKey">The first 8 wire-order bytes of the creating txid (the set keeps no more of it).</param>
/// <param name="Vout">Output index.</param>
/// <param name="Value">Value in satoshis.</param>
/// <param name="Type">Script type name.</param>
/// <param name="Address">Address, or null.</param>
public readonly record struct UnspentOutput(ulong TxidKey, int Vout, long Value, string Type, string? Address)
{
    /// <summary>True when this output was created by <paramref name="txid"/> (compares the kept key bytes).</summary>
    public bool IsFrom(Hash256 txid) => txid.Prefix64 == TxidKey;
}
