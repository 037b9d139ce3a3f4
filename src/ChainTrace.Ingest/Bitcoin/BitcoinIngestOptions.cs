namespace ChainTrace.Ingest.Bitcoin;

/// <summary>Options of a Bitcoin ingest run.</summary>
public sealed record BitcoinIngestOptions
{
    /// <summary>
    /// First height to write. Default null: resume after the dataset's checkpoint, or start at genesis for a new
    /// dataset. Heights the dataset already holds are skipped; a height that would leave a gap is refused.
    /// </summary>
    public long? FromHeight { get; init; }

    /// <summary>Last height to write (inclusive). Default null: the source's tip.</summary>
    public long? ToHeight { get; init; }

    /// <summary>Serialized block bytes collected before each commit of part files and checkpoint. Default 64 MiB.</summary>
    public long CommitBytes { get; init; } = 64L << 20;

    /// <summary>
    /// Serialized block bytes between UTXO snapshots, which spare a resumed run the replay from genesis. The set is
    /// always snapshotted at the end of a run. Default 4 GiB.
    /// </summary>
    public long SnapshotBytes { get; init; } = 4L << 30;

    /// <summary>
    /// True when the source delivers every block's spent outputs (<c>RawBlock.Prevouts</c>, e.g. a node's getblock
    /// verbosity 3): a run starting above genesis then resolves inputs from them instead of replaying the chain below
    /// its first height. Default false.
    /// </summary>
    public bool ResolveFromSourcePrevouts { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A height is negative, the range is empty, or a size is not positive.</exception>
    public void Validate()
    {
        if (FromHeight < 0 || ToHeight < 0)
        {
            throw new ArgumentException("Block heights cannot be negative.");
        }

        if (FromHeight is { } from && ToHeight is { } to && to < from)
        {
            throw new ArgumentException($"--to {to} is below --from {from}.");
        }

        if (CommitBytes <= 0 || SnapshotBytes <= 0)
        {
            throw new ArgumentException("CommitBytes and SnapshotBytes must be positive.");
        }
    }
}
