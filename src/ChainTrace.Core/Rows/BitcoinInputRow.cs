namespace ChainTrace.Core.Rows;

/// <summary>A row of the Bitcoin <c>inputs</c> table (dataset contract), with its spent output resolved.</summary>
/// <param name="TransactionHash">txid of the spending transaction.</param>
/// <param name="BlockNumber">Height of the spending transaction's block.</param>
/// <param name="Index">Input position in the spending transaction.</param>
/// <param name="SpentTransactionHash">txid of the spent output; null for a coinbase input.</param>
/// <param name="SpentOutputIndex">Output index spent; null for a coinbase input.</param>
/// <param name="Sequence">nSequence (unsigned 32-bit).</param>
/// <param name="Type">Script type of the spent output (see <see cref="ScriptTypeNames"/>); null for a coinbase or before resolution.</param>
/// <param name="Address">Address of the spent output; null when it has none, for a coinbase, or before resolution.</param>
/// <param name="Value">Value of the spent output in satoshis; null for a coinbase or before resolution.</param>
public sealed record BitcoinInputRow(
    Hash256 TransactionHash,
    long BlockNumber,
    int Index,
    Hash256? SpentTransactionHash,
    long? SpentOutputIndex,
    long Sequence,
    string? Type,
    string? Address,
    long? Value);
