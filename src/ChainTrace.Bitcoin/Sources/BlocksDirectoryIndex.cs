using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// The first pass over a blocks folder: every block's header and position (no bodies), and the best chain through
/// them. Memory is about 90 bytes per indexed block once built (the hash lookup used while building is dropped).
/// </summary>
internal sealed class BlocksDirectoryIndex
{
    private const long ProgressStep = 8L * 1024 * 1024;

    private BlocksDirectoryIndex(
        IReadOnlyList<string> paths, BlockFileXorKey xorKey, List<BlockIndexEntry> entries, BestChain chain, BlocksDirectorySummary summary)
    {
        Paths = paths;
        XorKey = xorKey;
        Entries = entries;
        Chain = chain;
        Summary = summary;
    }

    /// <summary>The blk files in file-number order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The folder's obfuscation key.</summary>
    public BlockFileXorKey XorKey { get; }

    /// <summary>Every distinct block, in file order.</summary>
    public List<BlockIndexEntry> Entries { get; }

    /// <summary>The best chain through <see cref="Entries"/>.</summary>
    public BestChain Chain { get; }

    /// <summary>What was found.</summary>
    public BlocksDirectorySummary Summary { get; }

    /// <summary>Scans every blk file of <paramref name="directory"/> and selects the best chain.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ChainDataException">No blk files or blocks, corrupt framing, mixed networks, no genesis.</exception>
    public static async Task<BlocksDirectoryIndex> BuildAsync(
        string directory, BlocksDirectoryOptions options, CancellationToken cancellationToken)
    {
        var paths = ListBlockFiles(directory, out var blocksDirectory);
        var xorKey = await BlockFileXorKey.LoadAsync(blocksDirectory, cancellationToken).ConfigureAwait(false);
        var lengths = paths.Select(path => new FileInfo(path).Length).ToArray();
        var totalBytes = lengths.Sum();
        var entries = new List<BlockIndexEntry>();
        var byHash = new Dictionary<Hash256, int>();
        var network = options.Network;
        var duplicates = 0;
        var bytesBefore = 0L;
        var lastReported = 0L;
        for (var fileIndex = 0; fileIndex < paths.Length; fileIndex++)
        {
            var fileOptions = new BlocksDirectoryOptions
            {
                Network = network,
                MaxBlockLength = options.MaxBlockLength,
                VerifyProofOfWork = options.VerifyProofOfWork,
            };
            var reader = new BlkFileReader(paths[fileIndex], xorKey, fileOptions);
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                network ??= record.Network;
                if (byHash.TryAdd(record.Hash, entries.Count))
                {
                    entries.Add(new BlockIndexEntry(
                        record.Hash, record.PreviousBlockHash, fileIndex, record.Offset, record.Length, record.Bits));
                }
                else
                {
                    duplicates++;
                }

                var done = bytesBefore + record.Offset + record.Length;
                if (done - lastReported >= ProgressStep)
                {
                    lastReported = done;
                    options.Progress?.Report(new BlockSourceProgress(BlockSourcePhase.Indexing, done, totalBytes, entries.Count));
                }
            }

            bytesBefore += lengths[fileIndex];
        }

        options.Progress?.Report(new BlockSourceProgress(BlockSourcePhase.Indexing, totalBytes, totalBytes, entries.Count));
        if (network is null || entries.Count == 0)
        {
            throw new ChainDataException("The blk files hold no blocks.", new DataLocation(File: blocksDirectory));
        }

        var chain = BestChain.Build(entries, byHash, network, blocksDirectory);
        var tip = entries[chain.EntryAt(chain.Length - 1)];
        var summary = new BlocksDirectorySummary(
            network,
            paths.Length,
            totalBytes,
            entries.Count,
            duplicates,
            chain.ReachableCount - chain.Length,
            entries.Count - chain.ReachableCount,
            chain.Length - 1,
            tip.Hash);
        return new BlocksDirectoryIndex(paths, xorKey, entries, chain, summary);
    }

    /// <summary>
    /// The <c>blkNNNNN.dat</c> files of <paramref name="directory"/> sorted by number; when it has none but its
    /// <c>blocks</c> subfolder does (a Core data folder was given), those.
    /// </summary>
    private static string[] ListBlockFiles(string directory, out string blocksDirectory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The blocks folder '{directory}' does not exist.");
        }

        blocksDirectory = directory;
        var files = FindBlockFiles(directory);
        var nested = Path.Combine(directory, "blocks");
        if (files.Length == 0 && Directory.Exists(nested))
        {
            blocksDirectory = nested;
            files = FindBlockFiles(nested);
        }

        return files.Length > 0
            ? files
            : throw new ChainDataException("The folder holds no blk*.dat files.", new DataLocation(File: directory));
    }

    private static string[] FindBlockFiles(string directory)
    {
        var numbered = new List<(long Number, string Path)>();
        foreach (var path in Directory.EnumerateFiles(directory, "blk*.dat"))
        {
            var name = Path.GetFileNameWithoutExtension(path.AsSpan());
            if (name.Length > 3
                && long.TryParse(name[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                numbered.Add((number, path));
            }
        }

        numbered.Sort((a, b) => a.Number.CompareTo(b.Number));
        return numbered.Select(file => file.Path).ToArray();
    }
}
