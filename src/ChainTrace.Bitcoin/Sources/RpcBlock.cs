using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>A block as <c>getblock</c> describes it (verbosity 1, 2 or 3): the header fields and the transactions.</summary>
/// <param name="Hash">Block hash, wire order.</param>
/// <param name="Height">Height the node reports.</param>
/// <param name="Version">Header version (signed).</param>
/// <param name="PreviousBlockHash">Parent hash, wire order; zero for the genesis block.</param>
/// <param name="MerkleRoot">Merkle root, wire order.</param>
/// <param name="Time">Header time, Unix seconds.</param>
/// <param name="Bits">Compact difficulty target.</param>
/// <param name="Nonce">Header nonce.</param>
/// <param name="Size">Serialized size in bytes as the node reports it, or null when absent.</param>
/// <param name="TransactionIds">The txids in block order (every verbosity).</param>
/// <param name="Transactions">The decoded transactions with their raw bytes (verbosity 2 and 3), or null (verbosity 1).</param>
public sealed record RpcBlock(
    Hash256 Hash,
    long Height,
    int Version,
    Hash256 PreviousBlockHash,
    Hash256 MerkleRoot,
    uint Time,
    uint Bits,
    uint Nonce,
    int? Size,
    IReadOnlyList<Hash256> TransactionIds,
    IReadOnlyList<RpcTransaction>? Transactions);
