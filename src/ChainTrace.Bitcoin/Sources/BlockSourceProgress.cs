namespace ChainTrace.Bitcoin.Sources;

/// <summary>A progress report from a block source, e.g. for a progress bar showing MB/s.</summary>
/// <param name="Phase">What the source is doing.</param>
/// <param name="BytesDone">Bytes scanned (indexing) or bytes of blocks yielded (reading) so far.</param>
/// <param name="BytesTotal">The bytes the phase will cover: all blk files (indexing), or the blocks of the requested
/// range including their 8-byte prefixes (reading); 0 when unknown (RPC).</param>
/// <param name="Blocks">Blocks indexed (indexing) or yielded (reading) so far.</param>
public readonly record struct BlockSourceProgress(BlockSourcePhase Phase, long BytesDone, long BytesTotal, long Blocks);
