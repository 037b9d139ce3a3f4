using System.Runtime.CompilerServices;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Reads the best chain from a Bitcoin Core <c>blocks/</c> folder (<c>blk00000.dat</c>, <c>blk00001.dat</c>, …, and
/// <c>xor.dat</c> when present). Core stores blocks in arrival order, out of height order and with stale blocks, so the
/// first use indexes every block's header and position (bodies are not kept), builds the chain of most work from the
/// genesis, and then reads bodies one by one in height order.
/// </summary>
/// <remarks>
/// Read a stopped node's folder or a copy: blocks a running node writes after indexing are not seen, and a file that
/// changes under the reader is reported as corrupt. Instances are safe to use from several threads; the index is built
/// once and shared.
/// </remarks>
public sealed class BlocksDirectorySource : IBitcoinBlockSource
{
    private const int PrefixLength = 8;
    private const long ProgressStep = 4L * 1024 * 1024;

    private readonly BlocksDirectoryOptions _options;
    private readonly Lock _gate = new();
    private Task<BlocksDirectoryIndex>? _index;

    /// <summary>Creates the source; nothing is read until it is first used.</summary>
    /// <param name="blocksDirectory">The folder holding <c>blk*.dat</c> (Core's data folder works too: its
    /// <c>blocks</c> subfolder is used when the folder itself has no blk files).</param>
    /// <param name="options">Reading options; default <see cref="BlocksDirectoryOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocksDirectory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public BlocksDirectorySource(string blocksDirectory, BlocksDirectoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blocksDirectory);
        _options = options ?? new BlocksDirectoryOptions();
        _options.Validate();
        BlocksDirectory = blocksDirectory;
    }

    /// <summary>The folder given to the constructor.</summary>
    public string BlocksDirectory { get; }

    /// <summary>Indexes the folder (once) and returns what was found: counts of blocks, stale and orphan blocks, the tip.</summary>
    /// <param name="cancellationToken">Cancels waiting; an index build it started is abandoned and retried by the next call.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ChainDataException">No blk files or no blocks, corrupt framing (file and offset named), blocks
    /// of two networks, or no genesis block.</exception>
    public async Task<BlocksDirectorySummary> GetSummaryAsync(CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(cancellationToken).ConfigureAwait(false)).Summary;

    /// <inheritdoc />
    public async Task<BlockSourceInfo> GetInfoAsync(CancellationToken cancellationToken = default)
    {
        var summary = await GetSummaryAsync(cancellationToken).ConfigureAwait(false);
        return new BlockSourceInfo(summary.Network, summary.TipHeight, summary.TipHash, BlocksDirectory);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each block is read from disk when it is yielded (memory holds one block at a time) and its header is hashed
    /// again to confirm the file did not change since indexing. See <see cref="BlocksDirectoryOptions.ReuseBlockBuffer"/>
    /// for who owns <see cref="RawBlock.Bytes"/>. Progress is reported as bytes yielded of the range's total.
    /// </remarks>
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
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var last = Math.Min(toHeight ?? long.MaxValue, index.Summary.TipHeight);
        if (fromHeight > last)
        {
            yield break;
        }

        var totalBytes = 0L;
        for (var height = fromHeight; height <= last; height++)
        {
            totalBytes += index.Entries[index.Chain.EntryAt(height)].Length + PrefixLength;
        }

        using var handles = new BlockFileHandles(index.Paths);
        byte[]? shared = null;
        var done = 0L;
        var lastReported = 0L;
        for (var height = fromHeight; height <= last; height++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = index.Entries[index.Chain.EntryAt(height)];
            var path = index.Paths[entry.FileIndex];
            var location = new DataLocation(File: path, Offset: entry.Offset, Height: height);
            byte[] buffer;
            if (_options.ReuseBlockBuffer)
            {
                buffer = shared is not null && shared.Length >= entry.Length ? shared : new byte[entry.Length];
                shared = buffer;
            }
            else
            {
                buffer = new byte[entry.Length];
            }

            var bytes = buffer.AsMemory(0, entry.Length);
            var read = await FileReads.ReadAtLeastAsync(handles.Get(entry.FileIndex), bytes, entry.Offset, cancellationToken)
                .ConfigureAwait(false);
            if (read < entry.Length)
            {
                throw new ChainDataException("The block now ends past the end of the file (the file changed since it was indexed).", location);
            }

            index.XorKey.Apply(bytes.Span, entry.Offset);
            if (BlkHeader.ComputeHash(bytes.Span) != entry.Hash)
            {
                throw new ChainDataException(
                    $"The block no longer hashes to {entry.Hash.ToReversedHex()} (the file changed since it was indexed).", location);
            }

            yield return new RawBlock(height, entry.Hash, bytes, location);

            done += entry.Length + PrefixLength;
            if (done - lastReported >= ProgressStep || height == last)
            {
                lastReported = done;
                _options.Progress?.Report(
                    new BlockSourceProgress(BlockSourcePhase.Reading, done, totalBytes, height - fromHeight + 1));
            }
        }
    }

    private Task<BlocksDirectoryIndex> GetIndexAsync(CancellationToken cancellationToken)
    {
        Task<BlocksDirectoryIndex> task;
        lock (_gate)
        {
            if (_index is null || _index.IsCanceled)
            {
                _index = BlocksDirectoryIndex.BuildAsync(BlocksDirectory, _options, cancellationToken);
            }

            task = _index;
        }

        return task.WaitAsync(cancellationToken);
    }
}
