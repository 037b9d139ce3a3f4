using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>What indexing a blocks folder found.</summary>
/// <param name="Network">The network of the blk files.</param>
/// <param name="FileCount">Number of <c>blk*.dat</c> files scanned.</param>
/// <param name="TotalBytes">Their total size in bytes.</param>
/// <param name="IndexedBlocks">Distinct blocks found (by hash).</param>
/// <param name="DuplicateBlocks">Further copies of already indexed blocks (ignored; the first copy is used).</param>
/// <param name="StaleBlocks">Blocks that descend from the genesis but are not on the best chain (never yielded).</param>
/// <param name="OrphanBlocks">Blocks whose ancestry does not reach the genesis because a parent is missing (never yielded).</param>
/// <param name="TipHeight">Height of the best-chain tip.</param>
/// <param name="TipHash">Hash of the best-chain tip, wire order.</param>
public sealed record BlocksDirectorySummary(
    BitcoinNetwork Network,
    int FileCount,
    long TotalBytes,
    int IndexedBlocks,
    int DuplicateBlocks,
    int StaleBlocks,
    int OrphanBlocks,
    long TipHeight,
    Hash256 TipHash);
