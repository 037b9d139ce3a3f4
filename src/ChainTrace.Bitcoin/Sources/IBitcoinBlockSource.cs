namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Where best-chain blocks come from: a Bitcoin Core <c>blocks/</c> folder (<see cref="BlocksDirectorySource"/>) or a
/// node's JSON-RPC (<see cref="RpcBlockSource"/>). Both yield identical <see cref="RawBlock"/> records, so one parser
/// serves both.
/// </summary>
public interface IBitcoinBlockSource
{
    /// <summary>The network and the current best-chain tip. A blocks folder is indexed by the first call.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="Core.ChainDataException">The blocks folder holds corrupt or contradictory data.</exception>
    /// <exception cref="Core.ChainSourceException">The node failed or could not be reached.</exception>
    Task<BlockSourceInfo> GetInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Yields the best-chain blocks from <paramref name="fromHeight"/> to <paramref name="toHeight"/> (inclusive; null
    /// means the tip known when the enumeration starts) in ascending height order, each exactly once; stale blocks never
    /// appear. Heights above the tip are not yielded.
    /// </summary>
    /// <param name="fromHeight">First height, 0 or more.</param>
    /// <param name="toHeight">Last height (inclusive), or null for the tip.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromHeight"/> is negative or
    /// <paramref name="toHeight"/> is below it (thrown when called, before enumeration).</exception>
    /// <exception cref="Core.ChainDataException">A block is corrupt or does not hash to what the index or node says.</exception>
    /// <exception cref="Core.ChainSourceException">The node failed or could not be reached.</exception>
    IAsyncEnumerable<RawBlock> ReadBlocksAsync(long fromHeight, long? toHeight, CancellationToken cancellationToken = default);
}
