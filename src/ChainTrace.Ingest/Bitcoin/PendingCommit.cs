using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>A batch of rows and the checkpoint that committing it establishes.</summary>
internal sealed record PendingCommit(BitcoinRowBatch Batch, DatasetCheckpoint Checkpoint, Hash256 LastHash);
