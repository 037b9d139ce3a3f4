using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// One serialized block of the best chain as a block source delivers it: the exact bytes Bitcoin Core stores and
/// relays (80-byte header, transaction count, transactions), ready for the block parser.
/// </summary>
/// <param name="Height">Height in the best chain (genesis is 0).</param>
/// <param name="Hash">Block hash in wire order (display it with <see cref="Hash256.ToReversedHex"/>); the source has
/// checked that the first 80 bytes of <paramref name="Bytes"/> hash to it.</param>
/// <param name="Bytes">
/// The serialized block. Ownership: unless the producing source documents buffer reuse as switched on (see
/// <see cref="BlocksDirectoryOptions.ReuseBlockBuffer"/>), the memory belongs to the consumer and stays valid forever;
/// with reuse on it is valid only until the enumerator is advanced.
/// </param>
/// <param name="Location">Where the block came from: file and byte offset of the block's first header byte (after
/// the 8-byte magic and length prefix, as Core's block index records it) and height, or the RPC call and height.</param>
public sealed record RawBlock(long Height, Hash256 Hash, ReadOnlyMemory<byte> Bytes, DataLocation Location)
{
    /// <summary>
    /// The outputs spent by this block's inputs, keyed by outpoint, when the source can supply them (an RPC source with
    /// <see cref="RpcBlockSourceOptions.IncludePrevouts"/> on); null otherwise. A resolver that starts mid-chain uses
    /// these for outputs it has never seen. Outputs created and spent inside this block are included too.
    /// </summary>
    public IReadOnlyDictionary<OutPointId, Prevout>? Prevouts { get; init; }
}
