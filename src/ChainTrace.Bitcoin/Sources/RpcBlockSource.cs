using System.Runtime.CompilerServices;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Reads best-chain blocks from a Bitcoin Core node over JSON-RPC and yields them as the same serialized
/// <see cref="RawBlock"/>s a blocks folder gives, so one parser serves both sources. Every block is verified: its
/// (re-assembled) header must hash to the hash the node reported, and its size must match the node's.
/// </summary>
/// <remarks>
/// Blocks are fetched <see cref="RpcBlockSourceOptions.MaxConcurrentBlocks"/> at a time and yielded in height order.
/// If the node's best chain changes during a read (a reorg near the tip), the next block's parent no longer matches
/// and the read stops with a transient <see cref="ChainSourceException"/>; reading again continues on the new chain.
/// Every yielded block's bytes belong to the consumer.
/// </remarks>
public sealed class RpcBlockSource : IBitcoinBlockSource
{
    private readonly RpcBlockSourceOptions _options;

    /// <summary>Creates the source over a client (which the caller keeps and disposes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="RpcBlockSourceOptions.Validate"/>).</exception>
    public RpcBlockSource(BitcoinRpcClient client, RpcBlockSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _options = options ?? new RpcBlockSourceOptions();
        _options.Validate();
        Client = client;
    }

    /// <summary>The client used for all calls.</summary>
    public BitcoinRpcClient Client { get; }

    /// <inheritdoc />
    /// <exception cref="ChainSourceException">The node serves a chain this library does not know (non-transient), or failed.</exception>
    public async Task<BlockSourceInfo> GetInfoAsync(CancellationToken cancellationToken = default)
    {
        var info = await Client.GetBlockchainInfoAsync(cancellationToken).ConfigureAwait(false);
        return info.Network is { } network
            ? new BlockSourceInfo(network, info.Blocks, info.BestBlockHash, Client.Endpoint)
            : throw new ChainSourceException($"The node at {Client.Endpoint} serves the unknown chain '{info.Chain}'.", isTransient: false);
    }

    /// <summary>Fetches and verifies the best-chain block at <paramref name="height"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> is negative.</exception>
    /// <exception cref="ChainDataException">The block does not hash to the reported hash, or its size or height disagree.</exception>
    /// <exception cref="ChainSourceException">A call failed (e.g. the height is above the tip, or the block is pruned).</exception>
    public Task<RawBlock> GetBlockAsync(long height, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        return FetchAsync(height, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RawBlock> ReadBlocksAsync(long fromHeight, long? toHeight, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromHeight);
        if (toHeight is { } last)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(last, fromHeight, nameof(toHeight));
        }

        return ReadCoreAsync(fromHeight, toHeight, cancellationToken);
    }

    private async IAsyncEnumerable<RawBlock> ReadCoreAsync(
        long fromHeight, long? toHeight, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tip = await Client.GetBlockCountAsync(cancellationToken).ConfigureAwait(false);
        var last = Math.Min(toHeight ?? tip, tip);
        using var fetching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<RawBlock>>();
        var next = fromHeight;
        Hash256? previous = null;
        var bytesDone = 0L;
        try
        {
            while (next <= last && pending.Count < _options.MaxConcurrentBlocks)
            {
                pending.Enqueue(FetchAsync(next++, fetching.Token));
            }

            while (pending.Count > 0)
            {
                var block = await pending.Dequeue().ConfigureAwait(false);
                if (next <= last)
                {
                    pending.Enqueue(FetchAsync(next++, fetching.Token));
                }

                var parent = new Hash256(block.Bytes.Span.Slice(4, Hash256.Size));
                if (previous is { } expected && parent != expected)
                {
                    throw new ChainSourceException(
                        $"The node's best chain changed during the read: block {block.Hash.ToReversedHex()} at height {block.Height} does not extend {expected.ToReversedHex()}; read again to continue on the new chain.",
                        isTransient: true);
                }

                previous = block.Hash;
                bytesDone += block.Bytes.Length;
                _options.Progress?.Report(
                    new BlockSourceProgress(BlockSourcePhase.Reading, bytesDone, 0, block.Height - fromHeight + 1));
                yield return block;
            }
        }
        finally
        {
            await fetching.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<RawBlock> FetchAsync(long height, CancellationToken cancellationToken)
    {
        var hash = await Client.GetBlockHashAsync(height, cancellationToken).ConfigureAwait(false);
        var where = new DataLocation(Height: height, Source: $"RPC getblock {hash.ToReversedHex()} at {Client.Endpoint}");
        byte[] bytes;
        IReadOnlyDictionary<OutPointId, Prevout>? prevouts = null;
        RpcBlock? described = null;
        switch (_options.FetchMode)
        {
            case RpcBlockFetchMode.Serialized:
                bytes = await Client.GetSerializedBlockAsync(hash, cancellationToken).ConfigureAwait(false);
                break;
            case RpcBlockFetchMode.TransactionLookup:
                described = await Client.GetBlockAsync(hash, 1, cancellationToken).ConfigureAwait(false);
                bytes = await AssembleFromLookupAsync(described, cancellationToken).ConfigureAwait(false);
                break;
            default:
                described = await Client.GetBlockAsync(hash, _options.IncludePrevouts ? 3 : 2, cancellationToken).ConfigureAwait(false);
                var transactions = described.Transactions ?? throw new ChainDataException("The node's getblock answer lacks transaction details.", where);
                bytes = RawBlockAssembler.Assemble(described, transactions.Select(tx => tx.Raw).ToList());
                if (_options.IncludePrevouts)
                {
                    prevouts = await PrevoutCollector.CollectAsync(Client, described, cancellationToken).ConfigureAwait(false);
                }

                break;
        }

        Verify(bytes, hash, height, described, where);
        return new RawBlock(height, hash, bytes, where) { Prevouts = prevouts };
    }

    private async Task<byte[]> AssembleFromLookupAsync(RpcBlock block, CancellationToken cancellationToken)
    {
        var raws = await Client.GetRawTransactionBytesAsync(block.TransactionIds, block.Hash, cancellationToken).ConfigureAwait(false);
        var transactions = new List<ReadOnlyMemory<byte>>(raws.Count);
        for (var i = 0; i < raws.Count; i++)
        {
            transactions.Add(raws[i] ?? throw new ChainSourceException(
                $"The node at {Client.Endpoint} cannot find transaction {block.TransactionIds[i].ToReversedHex()} of block {block.Hash.ToReversedHex()} (it needs -txindex, or use another fetch mode).",
                isTransient: false));
        }

        return RawBlockAssembler.Assemble(block, transactions);
    }

    private static void Verify(byte[] bytes, Hash256 hash, long height, RpcBlock? described, DataLocation where)
    {
        if (bytes.Length < BlocksDirectoryOptions.MinBlockLength)
        {
            throw new ChainDataException($"The node's block is only {bytes.Length} bytes long.", where);
        }

        var actual = BlkHeader.ComputeHash(bytes);
        if (actual != hash)
        {
            throw new ChainDataException(
                $"The block assembled from the node's answer hashes to {actual.ToReversedHex()}, not to the reported {hash.ToReversedHex()}.", where);
        }

        if (described is null)
        {
            return;
        }

        if (described.Hash != hash || described.Height != height)
        {
            throw new ChainDataException(
                $"The node described block {described.Hash.ToReversedHex()} at height {described.Height} when asked for {hash.ToReversedHex()} at height {height}.", where);
        }

        if (described.Size is { } size && size != bytes.Length)
        {
            throw new ChainDataException(
                $"The block assembled from the node's answer is {bytes.Length} bytes long, but the node reports {size}.", where);
        }
    }
}
