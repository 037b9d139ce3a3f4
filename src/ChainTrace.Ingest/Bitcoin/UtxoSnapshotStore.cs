using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Core;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>
/// Keeps the UTXO snapshot of a dataset at <c>&lt;dataset&gt;/_state/utxo.snapshot</c>. A snapshot is first written to a
/// temporary file while the set is at the height of a pending commit, and published (renamed) only after that commit
/// has moved the checkpoint, so a published snapshot is never ahead of the checkpoint.
/// </summary>
internal sealed class UtxoSnapshotStore
{
    private readonly string _directory;

    public UtxoSnapshotStore(string datasetPath)
    {
        _directory = Path.Combine(datasetPath, "_state");
    }

    private string FinalPath => Path.Combine(_directory, "utxo.snapshot");

    /// <summary>Loads the published snapshot, or returns null when there is none or it is unreadable.</summary>
    public (UtxoSet Set, long Height, Hash256 Hash)? TryLoad()
    {
        if (!File.Exists(FinalPath))
        {
            return null;
        }

        try
        {
            using var stream = new BufferedStream(File.OpenRead(FinalPath), 1 << 20);
            var set = UtxoSet.Load(stream, out var height, out var hash);
            return (set, height, hash);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Writes the set's current state to a temporary file; returns its path for <see cref="Publish"/>.</summary>
    public string WritePending(UtxoSet set, long height, Hash256 hash)
    {
        Directory.CreateDirectory(_directory);
        var pending = Path.Combine(_directory, $"utxo.snapshot.{height}.tmp");
        using (var file = new FileStream(pending, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            set.Save(file, height, hash);
            file.Flush(flushToDisk: true);
        }

        return pending;
    }

    /// <summary>Makes a pending snapshot the published one (atomic rename).</summary>
    public void Publish(string pendingPath) => File.Move(pendingPath, FinalPath, overwrite: true);

    /// <summary>Deletes pending snapshots left by an interrupted run, and a published one that is ahead of the checkpoint.</summary>
    public void Clean(long? checkpointHeight)
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }

        foreach (var pending in Directory.EnumerateFiles(_directory, "utxo.snapshot.*.tmp"))
        {
            File.Delete(pending);
        }

        if (checkpointHeight is null && File.Exists(FinalPath))
        {
            File.Delete(FinalPath);
        }
    }
}
