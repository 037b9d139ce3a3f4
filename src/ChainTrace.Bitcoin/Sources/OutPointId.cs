using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>A reference to a transaction output: the creating transaction's id and the output index (vout).</summary>
/// <param name="TransactionId">txid in wire order.</param>
/// <param name="OutputIndex">Output position in the creating transaction, from 0.</param>
public readonly record struct OutPointId(Hash256 TransactionId, int OutputIndex)
{
    /// <summary>Renders <c>txid:vout</c> with the txid in Bitcoin display order.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TransactionId.ToReversedHex()}:{OutputIndex}");
}
