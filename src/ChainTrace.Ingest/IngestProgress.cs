namespace ChainTrace.Ingest;

/// <summary>A progress report of an ingest run, published after every block (or batch of blocks).</summary>
/// <param name="Height">The height of the last block processed.</param>
/// <param name="BlocksDone">Blocks processed in this run.</param>
/// <param name="BlocksTotal">Blocks this run will process when known, else null.</param>
/// <param name="BytesDone">Block bytes processed in this run (raw serialized size for Bitcoin, JSON size for Ethereum).</param>
/// <param name="Stage">What the run is doing: e.g. "indexing", "replaying", "ingesting", "committing".</param>
public sealed record IngestProgress(long Height, long BlocksDone, long? BlocksTotal, long BytesDone, string Stage);
