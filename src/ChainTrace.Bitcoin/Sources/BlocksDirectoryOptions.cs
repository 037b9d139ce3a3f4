namespace ChainTrace.Bitcoin.Sources;

/// <summary>How <see cref="BlocksDirectorySource"/> and <see cref="BlkFileReader"/> read <c>blk*.dat</c> files.</summary>
public sealed class BlocksDirectoryOptions
{
    /// <summary>The default cap on a block's claimed length: 32 MiB (eight times the 4 MB consensus limit).</summary>
    public const int DefaultMaxBlockLength = 32 * 1024 * 1024;

    /// <summary>The smallest possible block: an 80-byte header and a one-byte transaction count.</summary>
    public const int MinBlockLength = 81;

    /// <summary>
    /// The network the files must belong to. Default null: detected from the first block's magic; a different magic
    /// later is an error either way.
    /// </summary>
    public BitcoinNetwork? Network { get; init; }

    /// <summary>
    /// The largest block length a length prefix may claim, in bytes; anything larger is reported as corrupt before
    /// any allocation. Default <see cref="DefaultMaxBlockLength"/> (32 MiB); at least <see cref="MinBlockLength"/>.
    /// </summary>
    public int MaxBlockLength { get; init; } = DefaultMaxBlockLength;

    /// <summary>
    /// When true (the default), every indexed header must meet its own difficulty target (hash ≤ target from
    /// <c>bits</c>), so a forged header cannot claim the most work; a header that fails is reported as corrupt.
    /// </summary>
    public bool VerifyProofOfWork { get; init; } = true;

    /// <summary>
    /// When true, <see cref="BlocksDirectorySource.ReadBlocksAsync"/> reuses one buffer for all blocks, so each
    /// <see cref="RawBlock.Bytes"/> is valid only until the enumerator advances (copy what you keep). Default false:
    /// every block gets its own array owned by the consumer.
    /// </summary>
    public bool ReuseBlockBuffer { get; init; }

    /// <summary>Receives progress (bytes scanned while indexing, bytes yielded while reading). Default null: none.</summary>
    public IProgress<BlockSourceProgress>? Progress { get; init; }

    /// <summary>Checks the option values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxBlockLength"/> is below <see cref="MinBlockLength"/>.</exception>
    public void Validate()
    {
        if (MaxBlockLength < MinBlockLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxBlockLength), MaxBlockLength, $"{nameof(MaxBlockLength)} must be at least {MinBlockLength} bytes.");
        }
    }
}
