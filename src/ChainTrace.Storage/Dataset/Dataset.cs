using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>
/// A chain dataset on disk: <c>dataset.json</c> (chain, network, schema version, checkpoint) and one folder of Parquet
/// part files per table. Commits are atomic: part files are written to temporary names, flushed and renamed, and only
/// then is the checkpoint moved by atomically replacing <c>dataset.json</c>; opening for writing deletes whatever a
/// killed commit left beyond the checkpoint. See docs/adr/0004-atomic-parts-and-checkpoint.md.
/// </summary>
/// <remarks>
/// One writer per dataset: <see cref="OpenOrCreateAsync"/> takes an exclusive lock on <c>&lt;dataset&gt;/.lock</c>,
/// released by <see cref="Dispose"/> or when the process dies. Instances are not thread-safe.
/// </remarks>
public sealed class Dataset : IDisposable
{
    /// <summary>The dataset layout version this build writes and reads (1).</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The manifest file name, <c>dataset.json</c>.</summary>
    public const string ManifestFileName = ManifestFile.FileName;

    private const string LockFileName = ".lock";

    private readonly FileStream? _lock;
    private readonly TimeProvider _time;
    private readonly DatasetOptions _options;
    private bool _disposed;

    private Dataset(string path, DatasetManifest manifest, FileStream? lockFile, TimeProvider time, DatasetOptions options)
    {
        Path = path;
        Manifest = manifest;
        _lock = lockFile;
        _time = time;
        _options = options;
    }

    /// <summary>The dataset folder (full path).</summary>
    public string Path { get; }

    /// <summary>The current manifest (as last read or committed).</summary>
    public DatasetManifest Manifest { get; private set; }

    /// <summary>The committed block range, or null before the first commit.</summary>
    public DatasetCheckpoint? Checkpoint => Manifest.Checkpoint;

    /// <summary>True when opened with <see cref="OpenExisting"/>: commits, rollbacks and table writes are refused.</summary>
    public bool IsReadOnly => _lock is null;

    /// <summary>Opens a dataset for writing, creating it when the folder has no <c>dataset.json</c> (see <see cref="OpenOrCreateAsync"/>).</summary>
    /// <exception cref="ArgumentException">An empty path or network.</exception>
    /// <exception cref="InvalidOperationException">Chain/network/schema mismatch, a non-dataset folder, or another writer holds the dataset.</exception>
    /// <exception cref="ChainDataException"><c>dataset.json</c> or a part file to trim is corrupt (the message names the file).</exception>
    public static Dataset OpenOrCreate(
        string path, ChainKind chain, string network, TimeProvider? time = null, DatasetOptions? options = null) =>
        OpenOrCreateAsync(path, chain, network, time, options).GetAwaiter().GetResult();

    /// <summary>
    /// Opens a dataset for writing. Creates the folder and <c>dataset.json</c> when missing (the folder must then be
    /// empty). When present, checks that chain and network (case-insensitive) match and the schema version is
    /// supported, then recovers: deletes leftover temporary files and part files beyond the checkpoint, and trims part
    /// files that straddle it (a commit or rollback killed half-way).
    /// </summary>
    /// <param name="path">The dataset folder.</param>
    /// <param name="chain">The chain the dataset holds.</param>
    /// <param name="network">The network name, e.g. <c>main</c> or <c>mainnet</c> (1–64 characters).</param>
    /// <param name="time">The clock for the manifest's timestamps; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="options">Write options; default <see cref="DatasetOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the recovery.</param>
    /// <exception cref="ArgumentException">An empty path or network.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    /// <exception cref="InvalidOperationException">Chain/network/schema mismatch, a non-dataset folder, or another writer holds the dataset.</exception>
    /// <exception cref="ChainDataException"><c>dataset.json</c> or a part file to trim is corrupt (the message names the file).</exception>
    public static async Task<Dataset> OpenOrCreateAsync(
        string path,
        ChainKind chain,
        string network,
        TimeProvider? time = null,
        DatasetOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        if (network.Length > 64)
        {
            throw new ArgumentException("The network name is longer than 64 characters.", nameof(network));
        }

        _ = ChainTables.For(chain);
        time ??= TimeProvider.System;
        options ??= DatasetOptions.Default;
        options.Validate();
        var root = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(root);
        var lockFile = AcquireLock(root);
        try
        {
            var manifestPath = System.IO.Path.Combine(root, ManifestFileName);
            DatasetManifest manifest;
            if (File.Exists(manifestPath))
            {
                manifest = ManifestFile.Read(manifestPath);
                CheckMatches(manifest, manifestPath, chain, network);
                await DatasetRecovery.RunAsync(root, manifest.Chain, manifest.Checkpoint, options, cancellationToken);
            }
            else
            {
                CheckEmpty(root);
                var now = time.GetUtcNow();
                manifest = new DatasetManifest(chain, network, CurrentSchemaVersion, null, now, now);
                await DurableFile.WriteAllBytesAsync(manifestPath, ManifestFile.Serialize(manifest), options.Durable, cancellationToken);
                await DatasetRecovery.RunAsync(root, chain, null, options, cancellationToken);
            }

            return new Dataset(root, manifest, lockFile, time, options);
        }
        catch
        {
            await lockFile.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens an existing dataset read-only (no lock, no recovery) to inspect its manifest.</summary>
    /// <exception cref="FileNotFoundException">The folder or its <c>dataset.json</c> does not exist.</exception>
    /// <exception cref="ChainDataException"><c>dataset.json</c> is corrupt (the message names the file and field).</exception>
    /// <exception cref="InvalidOperationException">The dataset was written by a newer schema version.</exception>
    public static Dataset OpenExisting(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = System.IO.Path.GetFullPath(path);
        var manifestPath = System.IO.Path.Combine(root, ManifestFileName);
        var manifest = ManifestFile.Read(manifestPath);
        CheckVersion(manifest, manifestPath);
        return new Dataset(root, manifest, null, TimeProvider.System, DatasetOptions.Default);
    }

    /// <summary>The folder of table <paramref name="table"/> (which may not exist yet).</summary>
    public string TablePath(string table) => System.IO.Path.Combine(Path, table);

    /// <summary>
    /// Commits a run of Bitcoin blocks: one new part file per non-empty table, then the checkpoint. The run covers
    /// <c>Checkpoint.LastBlock + 1</c> (or <paramref name="checkpoint"/>.FirstBlock for the first commit) through
    /// <paramref name="checkpoint"/>.LastBlock, and every row must lie in it. A kill at any moment leaves, after the next
    /// <see cref="OpenOrCreateAsync"/>, the dataset as it was before or after the commit.
    /// </summary>
    /// <exception cref="ArgumentException">The range does not follow the checkpoint, a row lies outside it, the
    /// blocks table is not one row per block, the last block's hash differs from the checkpoint's, or a value does
    /// not fit its column.</exception>
    /// <exception cref="InvalidOperationException">Read-only or disposed dataset, or not a Bitcoin dataset.</exception>
    public Task CommitAsync(BitcoinRowBatch batch, DatasetCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (batch.Blocks.Count > 0 && !string.Equals(
                batch.Blocks[^1].Hash.ToReversedHex(), checkpoint.LastBlockHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The checkpoint's hash is not the hash of the batch's last block.", nameof(checkpoint));
        }

        return CommitCoreAsync(ChainKind.Bitcoin, batch.Tables(), checkpoint, cancellationToken);
    }

    /// <summary>Commits a run of Ethereum blocks; the same rules as the Bitcoin overload.</summary>
    /// <exception cref="ArgumentException">The range does not follow the checkpoint, a row lies outside it, the
    /// blocks table is not one row per block, the last block's hash differs from the checkpoint's, or a value does
    /// not fit its column (e.g. a negative or above-2^256 amount).</exception>
    /// <exception cref="InvalidOperationException">Read-only or disposed dataset, or not an Ethereum dataset.</exception>
    public Task CommitAsync(EthereumRowBatch batch, DatasetCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (batch.Blocks.Count > 0 && !string.Equals(batch.Blocks[^1].Hash, checkpoint.LastBlockHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The checkpoint's hash is not the hash of the batch's last block.", nameof(checkpoint));
        }

        return CommitCoreAsync(ChainKind.Ethereum, batch.Tables(), checkpoint, cancellationToken);
    }

    /// <summary>
    /// Undoes the blocks above <paramref name="height"/> (a reorg): moves the checkpoint to
    /// (<paramref name="height"/>, <paramref name="hashAtHeight"/>) atomically, then deletes the part files above it and
    /// rewrites the straddling ones (temp + rename). A kill after the checkpoint moved is completed by the next
    /// <see cref="OpenOrCreateAsync"/>. <c>height = FirstBlock − 1</c> empties the dataset (checkpoint null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="height"/> is above the checkpoint or below <c>FirstBlock − 1</c>.</exception>
    /// <exception cref="ArgumentException">An empty hash.</exception>
    /// <exception cref="InvalidOperationException">Read-only or disposed dataset, or no checkpoint yet.</exception>
    public async Task RollbackToAsync(long height, string hashAtHeight, CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        var current = Checkpoint ?? throw new InvalidOperationException("The dataset has no checkpoint; there is nothing to roll back.");
        if (height > current.LastBlock || height < current.FirstBlock - 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(height), height, string.Create(CultureInfo.InvariantCulture, $"Rollback height must lie in {current.FirstBlock - 1} … {current.LastBlock}."));
        }

        DatasetCheckpoint? target = null;
        if (height >= current.FirstBlock)
        {
            target = new DatasetCheckpoint(current.FirstBlock, height, hashAtHeight);
            target.Validate(nameof(hashAtHeight));
        }

        cancellationToken.ThrowIfCancellationRequested();
        await WriteManifestAsync(target);
        await DatasetRecovery.RunAsync(Path, Manifest.Chain, target, _options, CancellationToken.None);
    }

    /// <summary>
    /// Replaces a derived table (clusters, flags, tags, …) with <paramref name="rows"/>: one file
    /// <c>&lt;table&gt;/&lt;table&gt;.parquet</c>, written to a temporary name and renamed over the old one, so
    /// readers see the old or the new table, never a mix. Zero rows write an empty table with its columns. The
    /// checkpoint does not move, and rollbacks leave derived tables alone.
    /// </summary>
    /// <exception cref="ArgumentException">The name is a chain table of this dataset, or a value does not fit its column.</exception>
    /// <exception cref="InvalidOperationException">Read-only or disposed dataset.</exception>
    public async Task WriteTableAsync<TRow>(
        TableSchema<TRow> schema, IEnumerable<TRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(rows);
        EnsureWritable();
        if (ChainTables.Find(Manifest.Chain, schema.Name) is not null)
        {
            throw new ArgumentException($"{schema.Name} is a chain table; write it with CommitAsync.", nameof(schema));
        }

        var list = rows as IReadOnlyList<TRow> ?? rows.ToList();
        var directory = TablePath(schema.Name);
        Directory.CreateDirectory(directory);
        var finalPath = System.IO.Path.Combine(directory, schema.Name + PartFileName.Extension);
        await ParquetPartWriter.WriteAsync(schema, list, finalPath, _options, cancellationToken);
    }

    /// <summary>Releases the writer lock. Further writes throw <see cref="InvalidOperationException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _lock?.Dispose();
    }

    private static FileStream AcquireLock(string root)
    {
        try
        {
            return new FileStream(
                System.IO.Path.Combine(root, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The dataset {root} is open for writing by another process (its .lock is held).", e);
        }
    }

    private static void CheckMatches(DatasetManifest manifest, string manifestPath, ChainKind chain, string network)
    {
        CheckVersion(manifest, manifestPath);
        if (manifest.Chain != chain || !string.Equals(manifest.Network, network, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The dataset {System.IO.Path.GetDirectoryName(manifestPath)} holds {Name(manifest.Chain)} {manifest.Network}, not {Name(chain)} {network}; use another output folder.");
        }
    }

    private static void CheckVersion(DatasetManifest manifest, string manifestPath)
    {
        if (manifest.SchemaVersion > CurrentSchemaVersion)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{manifestPath} has schema version {manifest.SchemaVersion}; this ChainTrace reads up to version {CurrentSchemaVersion}."));
        }
    }

    private static void CheckEmpty(string root)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (name != LockFileName && !(name.StartsWith('.') && name.EndsWith(PartFileName.TempExtension, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(
                    $"The folder {root} is not empty and has no {ManifestFileName}; it is not a dataset. Choose an empty or new folder.");
            }
        }
    }

    private static string Name(ChainKind chain) => chain == ChainKind.Bitcoin ? "bitcoin" : "ethereum";

    private async Task CommitCoreAsync(
        ChainKind chain, IReadOnlyList<ITableBatch> tables, DatasetCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        EnsureWritable();
        if (Manifest.Chain != chain)
        {
            throw new InvalidOperationException($"The dataset {Path} holds {Name(Manifest.Chain)}, not {Name(chain)} rows.");
        }

        checkpoint.Validate(nameof(checkpoint));
        var current = Checkpoint;
        var first = current is null ? checkpoint.FirstBlock : current.LastBlock + 1;
        if (current is not null && checkpoint.FirstBlock != current.FirstBlock)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The new checkpoint must keep FirstBlock {current.FirstBlock}, got {checkpoint.FirstBlock}."),
                nameof(checkpoint));
        }

        if (checkpoint.LastBlock < first)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The commit must cover blocks from {first} on (the checkpoint is at {current?.LastBlock}), but ends at {checkpoint.LastBlock}."),
                nameof(checkpoint));
        }

        foreach (var table in tables)
        {
            table.ValidateBlocks(first, checkpoint.LastBlock, everyBlockOnce: table.Schema.Name == "blocks");
        }

        // The tables' part files are independent, so they are written concurrently (one core each); the checkpoint
        // moves only after all of them are complete and renamed.
        var parts = new List<(ITableBatch Table, string Path)>();
        foreach (var table in tables)
        {
            if (table.Count == 0)
            {
                continue;
            }

            var directory = TablePath(table.Schema.Name);
            Directory.CreateDirectory(directory);
            parts.Add((table, System.IO.Path.Combine(directory, PartFileName.Format(first, checkpoint.LastBlock))));
        }

        try
        {
            await Task.WhenAll(parts.Select(part => Task.Run(() => part.Table.WriteAsync(part.Path, _options, cancellationToken), cancellationToken)));
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            parts.ForEach(part => DurableFile.TryDelete(part.Path));
            throw;
        }

        await WriteManifestAsync(checkpoint);
    }

    private async Task WriteManifestAsync(DatasetCheckpoint? checkpoint)
    {
        var next = Manifest with { Checkpoint = checkpoint, UpdatedAt = _time.GetUtcNow() };
        await DurableFile.WriteAllBytesAsync(
            System.IO.Path.Combine(Path, ManifestFileName), ManifestFile.Serialize(next), _options.Durable, CancellationToken.None);
        Manifest = next;
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The dataset {Path} was opened read-only (OpenExisting); open it with OpenOrCreate to write.");
        }
    }
}
