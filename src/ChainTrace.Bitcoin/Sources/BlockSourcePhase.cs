namespace ChainTrace.Bitcoin.Sources;

/// <summary>What a block source is busy with when it reports progress.</summary>
public enum BlockSourcePhase
{
    /// <summary>Scanning blk file headers to build the block index and choose the best chain.</summary>
    Indexing = 1,

    /// <summary>Reading best-chain blocks in height order.</summary>
    Reading = 2,
}
