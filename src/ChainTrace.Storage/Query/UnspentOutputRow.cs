using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>
/// A Bitcoin output of the dataset that no input of the dataset spends (one entry of the UTXO set), as read by
/// <see cref="DatasetQuery.ReadUnspentBitcoinOutputs"/>.
/// </summary>
/// <param name="TransactionHash">txid of the creating transaction.</param>
/// <param name="Index">Output index (vout).</param>
/// <param name="Value">Value in satoshis.</param>
/// <param name="Type">Script type name (see <see cref="ChainTrace.Core.Rows.ScriptTypeNames"/>).</param>
/// <param name="Address">Address, or null when the script has none.</param>
/// <param name="BlockNumber">Height of the creating block.</param>
public sealed record UnspentOutputRow(Hash256 TransactionHash, int Index, long Value, string Type, string? Address, long BlockNumber);
