namespace ChainTrace.Storage;

/// <summary>The compression codec of written part files (see docs/adr/0004-atomic-parts-and-checkpoint.md).</summary>
public enum PartCompression
{
    /// <summary>Zstandard at its fastest level: about half the size of Snappy at nearly the same write speed. The default.</summary>
    Zstd = 0,

    /// <summary>Snappy: the most widely supported codec, larger files.</summary>
    Snappy = 1,

    /// <summary>No compression.</summary>
    None = 2,
}
