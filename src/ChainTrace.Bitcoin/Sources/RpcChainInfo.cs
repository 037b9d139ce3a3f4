using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>What <c>getblockchaininfo</c> reports.</summary>
/// <param name="Chain">Core's chain name: <c>main</c>, <c>test</c>, <c>testnet4</c>, <c>signet</c> or <c>regtest</c>.</param>
/// <param name="Network">The network of that name, or null for a chain this library does not know.</param>
/// <param name="Blocks">Height of the best validated block.</param>
/// <param name="BestBlockHash">Hash of that block, wire order.</param>
/// <param name="Pruned">True when the node has pruned old blocks (they cannot be fetched).</param>
/// <param name="PruneHeight">The lowest height still stored when pruned, else null.</param>
public sealed record RpcChainInfo(string Chain, BitcoinNetwork? Network, long Blocks, Hash256 BestBlockHash, bool Pruned, long? PruneHeight);
