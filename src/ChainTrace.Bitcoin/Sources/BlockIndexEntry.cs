using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>Where one indexed block lives and what chain selection needs of its header (about 88 bytes).</summary>
/// <param name="Hash">Block hash, wire order.</param>
/// <param name="PreviousBlockHash">Parent hash, wire order.</param>
/// <param name="FileIndex">Index into the folder's sorted list of blk files.</param>
/// <param name="Offset">Byte offset of the block's first header byte in that file.</param>
/// <param name="Length">Block length in bytes.</param>
/// <param name="Bits">Compact difficulty target.</param>
internal readonly record struct BlockIndexEntry(
    Hash256 Hash,
    Hash256 PreviousBlockHash,
    int FileIndex,
    long Offset,
    int Length,
    uint Bits);
