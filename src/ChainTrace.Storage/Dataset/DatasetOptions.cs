namespace ChainTrace.Storage;

/// <summary>How <see cref="Dataset"/> writes part files. Validated when a dataset is opened.</summary>
public sealed class DatasetOptions
{
    /// <summary>The shared default options.</summary>
    public static DatasetOptions Default { get; } = new();

    /// <summary>The part file codec. Default <see cref="PartCompression.Zstd"/> (fastest level).</summary>
    public PartCompression Compression { get; init; } = PartCompression.Zstd;

    /// <summary>
    /// The maximum rows per Parquet row group, 1 … 16,777,216. Default 131,072 (close to DuckDB's own row group of
    /// 122,880, so DuckDB scans a part with one thread per row group).
    /// </summary>
    public int RowGroupSize { get; init; } = 131_072;

    /// <summary>
    /// True (the default) to fsync every part file, <c>dataset.json</c> and their folders before and after the
    /// renames, so that a committed checkpoint survives power loss; false only for throw-away datasets (benchmarks,
    /// tests), where a process kill is still safe but a power cut is not.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate()
    {
        if (RowGroupSize is < 1 or > 16_777_216)
        {
            throw new ArgumentOutOfRangeException(nameof(RowGroupSize), RowGroupSize, "RowGroupSize must be 1 … 16,777,216.");
        }

        if (!Enum.IsDefined(Compression))
        {
            throw new ArgumentOutOfRangeException(nameof(Compression), Compression, "Unknown compression.");
        }
    }
}
