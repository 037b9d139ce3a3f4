namespace ChainTrace.Core.Rows;

/// <summary>A row of the Bitcoin <c>transactions</c> table (dataset contract). Values are satoshis.</summary>
/// <param name="Hash">Transaction id (hash without witness).</param>
/// <param name="WitnessHash">wtxid (hash with witness; equals <paramref name="Hash"/> for non-segwit transactions).</param>
/// <param name="BlockNumber">Height of the containing block.</param>
/// <param name="BlockHash">Hash of the containing block.</param>
/// <param name="BlockTimestamp">Header time of the containing block, Unix seconds.</param>
/// <param name="Index">Position in the block, 0 for the coinbase.</param>
/// <param name="IsCoinbase">True for the block's first transaction.</param>
/// <param name="Version">Transaction version (signed).</param>
/// <param name="LockTime">nLockTime (unsigned 32-bit).</param>
/// <param name="Size">Serialized size in bytes, witness included.</param>
/// <param name="VirtualSize">Virtual size: ceil(weight / 4).</param>
/// <param name="InputCount">Number of inputs.</param>
/// <param name="OutputCount">Number of outputs.</param>
/// <param name="InputValue">Sum of spent output values; 0 for a coinbase; null only before spent outputs are resolved.</param>
/// <param name="OutputValue">Sum of output values.</param>
/// <param name="Fee">Input value minus output value; 0 for a coinbase; null only before resolution.</param>
public sealed record BitcoinTransactionRow(
    Hash256 Hash,
    Hash256 WitnessHash,
    long BlockNumber,
    Hash256 BlockHash,
    long BlockTimestamp,
    int Index,
    bool IsCoinbase,
    int Version,
    long LockTime,
    int Size,
    int VirtualSize,
    int InputCount,
    int OutputCount,
    long? InputValue,
    long OutputValue,
    long? Fee);
