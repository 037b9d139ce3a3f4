using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>One block's framing and header as found by scanning a <c>blk*.dat</c> file, without its body.</summary>
/// <param name="Network">The network whose magic framed the block.</param>
/// <param name="Offset">Byte offset of the block's first header byte in the file (after the 8-byte magic and length
/// prefix; Core's block index records the same position).</param>
/// <param name="Length">The block's length in bytes, as the prefix states and the file confirms.</param>
/// <param name="Hash">Block hash (double SHA-256 of the header), wire order.</param>
/// <param name="PreviousBlockHash">The parent's hash, wire order (zero for a genesis block).</param>
/// <param name="Bits">Compact difficulty target from the header.</param>
/// <param name="Time">Header time, Unix seconds.</param>
public readonly record struct BlkRecord(
    BitcoinNetwork Network,
    long Offset,
    int Length,
    Hash256 Hash,
    Hash256 PreviousBlockHash,
    uint Bits,
    uint Time);
