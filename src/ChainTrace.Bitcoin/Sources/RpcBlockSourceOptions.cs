namespace ChainTrace.Bitcoin.Sources;

/// <summary>How <see cref="RpcBlockSource"/> fetches blocks.</summary>
public sealed class RpcBlockSourceOptions
{
    /// <summary>How block bytes are obtained. Default <see cref="RpcBlockFetchMode.Verbosity2"/>.</summary>
    public RpcBlockFetchMode FetchMode { get; init; } = RpcBlockFetchMode.Verbosity2;

    /// <summary>
    /// When true, every yielded block carries <see cref="RawBlock.Prevouts"/>: from <c>getblock</c> verbosity 3 where
    /// the node supports it (Core 23+), otherwise looked up with <c>getrawtransaction</c> (needs <c>-txindex</c>).
    /// Only with <see cref="RpcBlockFetchMode.Verbosity2"/>. Default false.
    /// </summary>
    public bool IncludePrevouts { get; init; }

    /// <summary>How many blocks are fetched ahead concurrently (results stay in height order). Default 4; 1 to 64.</summary>
    public int MaxConcurrentBlocks { get; init; } = 4;

    /// <summary>Receives progress after each yielded block (bytes of blocks yielded; total unknown). Default null.</summary>
    public IProgress<BlockSourceProgress>? Progress { get; init; }

    /// <summary>Checks the option values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxConcurrentBlocks"/> or <see cref="FetchMode"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><see cref="IncludePrevouts"/> is set with a fetch mode other than
    /// <see cref="RpcBlockFetchMode.Verbosity2"/>.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentBlocks, 1, nameof(MaxConcurrentBlocks));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxConcurrentBlocks, 64, nameof(MaxConcurrentBlocks));
        if (!Enum.IsDefined(FetchMode))
        {
            throw new ArgumentOutOfRangeException(nameof(FetchMode), FetchMode, "Unknown fetch mode.");
        }

        if (IncludePrevouts && FetchMode != RpcBlockFetchMode.Verbosity2)
        {
            throw new ArgumentException($"{nameof(IncludePrevouts)} needs {nameof(RpcBlockFetchMode.Verbosity2)}.", nameof(IncludePrevouts));
        }
    }
}
