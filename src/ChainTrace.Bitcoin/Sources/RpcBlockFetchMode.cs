namespace ChainTrace.Bitcoin.Sources;

/// <summary>How <see cref="RpcBlockSource"/> obtains each block's bytes from the node.</summary>
public enum RpcBlockFetchMode
{
    /// <summary>
    /// <c>getblock</c> verbosity 2 (3 with <see cref="RpcBlockSourceOptions.IncludePrevouts"/>): the block is
    /// re-assembled from the header fields and each transaction's <c>hex</c>. Works on every Core since 0.15.
    /// </summary>
    Verbosity2 = 0,

    /// <summary><c>getblock</c> verbosity 0: the node sends the serialized block as hex; the smallest answer.</summary>
    Serialized = 1,

    /// <summary>
    /// <c>getblock</c> verbosity 1 (txids only) plus a batched <c>getrawtransaction</c> per block, for nodes and forks
    /// without verbosity 2. Needs Core 0.16+ (block hash hint) or <c>-txindex</c>.
    /// </summary>
    TransactionLookup = 2,
}
