using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>What a block source knows about its chain.</summary>
/// <param name="Network">The network (from the blk file magic, or the node's <c>getblockchaininfo</c> chain name).</param>
/// <param name="TipHeight">Height of the best-chain tip.</param>
/// <param name="TipHash">Hash of the best-chain tip (wire order).</param>
/// <param name="Description">A human-readable name of the source without credentials, e.g. the folder or the RPC endpoint.</param>
public sealed record BlockSourceInfo(BitcoinNetwork Network, long TipHeight, Hash256 TipHash, string Description);
