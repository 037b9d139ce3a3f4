namespace ChainTrace.Core.Rows;

/// <summary>A row of the Bitcoin <c>blocks</c> table (dataset contract).</summary>
/// <param name="Hash">Block hash; stored as display-order (byte-reversed) lowercase hex.</param>
/// <param name="Number">Height in the best chain.</param>
/// <param name="PreviousBlockHash">Hash of the parent block (zero for genesis).</param>
/// <param name="Timestamp">Header time, Unix seconds.</param>
/// <param name="TransactionCount">Number of transactions.</param>
/// <param name="Size">Serialized size in bytes, witness included.</param>
/// <param name="StrippedSize">Serialized size in bytes without witness data.</param>
/// <param name="Weight">BIP141 weight units (stripped × 3 + total).</param>
/// <param name="Version">Header version (signed, as Core prints it).</param>
/// <param name="MerkleRoot">Merkle root from the header.</param>
/// <param name="Nonce">Header nonce (unsigned 32-bit).</param>
/// <param name="Bits">Compact difficulty target as 8 lowercase hex digits, e.g. <c>1d00ffff</c>.</param>
public sealed record BitcoinBlockRow(
    Hash256 Hash,
    long Number,
    Hash256 PreviousBlockHash,
    long Timestamp,
    int TransactionCount,
    int Size,
    int StrippedSize,
    int Weight,
    int Version,
    Hash256 MerkleRoot,
    long Nonce,
    string Bits);
