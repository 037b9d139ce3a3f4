namespace ChainTrace.Ingest.Ethereum;

/// <summary>A chain reorganisation the ingest met and repaired.</summary>
/// <param name="DetectedAt">The block whose parent hash did not match the block before it.</param>
/// <param name="ForkPoint">The highest block both chains share; everything above it was dropped and re-ingested.</param>
/// <param name="ForkPointHash">The hash of <paramref name="ForkPoint"/>.</param>
/// <param name="DroppedBlocks">Blocks above the fork point that had been ingested (committed or pending) and were dropped.</param>
/// <param name="RolledBackCommitted">True when committed blocks were rolled back in the dataset (not only pending ones).</param>
/// <param name="StaleHash">Our hash of the block at <c>DetectedAt − 1</c> (on the abandoned chain).</param>
/// <param name="NewParentHash">The parent hash the node's block at <paramref name="DetectedAt"/> gives instead.</param>
public sealed record EthereumReorg(
    long DetectedAt,
    long ForkPoint,
    string ForkPointHash,
    long DroppedBlocks,
    bool RolledBackCommitted,
    string StaleHash,
    string NewParentHash);
