using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>
/// Brings the files of a dataset in line with its checkpoint: deletes temporary files, deletes part files that lie
/// wholly beyond the checkpoint, and trims part files that straddle it. Idempotent: a crash during recovery is
/// repaired by the next recovery.
/// </summary>
internal static class DatasetRecovery
{
    /// <summary>Runs the recovery for the chain tables of <paramref name="chain"/> under <paramref name="root"/>.</summary>
    /// <returns>The number of files deleted or rewritten.</returns>
    public static async Task<int> RunAsync(
        string root, ChainKind chain, DatasetCheckpoint? checkpoint, DatasetOptions options, CancellationToken cancellationToken)
    {
        var changes = DeleteTempFiles(root);
        foreach (var directory in Directory.EnumerateDirectories(root))
        {
            changes += DeleteTempFiles(directory);
        }

        foreach (var table in ChainTables.For(chain))
        {
            var directory = Path.Combine(root, table.Name);
            var changed = false;
            var parts = PartFile.List(directory);
            foreach (var part in parts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (checkpoint is null || part.FirstBlock > checkpoint.LastBlock)
                {
                    File.Delete(part.Path);
                    changed = true;
                }
                else if (part.LastBlock > checkpoint.LastBlock)
                {
                    // When the trimmed copy exists, an earlier trim was killed between its rename and this delete.
                    var trimmed = Path.Combine(directory, PartFileName.Format(part.FirstBlock, checkpoint.LastBlock));
                    if (!parts.Any(p => p.Path == trimmed))
                    {
                        await PartTrimmer.TrimAsync(part.Path, table.BlockColumn!, checkpoint.LastBlock, trimmed, options, cancellationToken);
                    }

                    File.Delete(part.Path);
                    changed = true;
                }
            }

            if (changed)
            {
                changes++;
                if (options.Durable)
                {
                    DurableFile.FlushDirectory(directory);
                }
            }
        }

        return changes;
    }

    /// <summary>Deletes this library's temporary files (<c>.*.tmp</c>) directly in <paramref name="directory"/>.</summary>
    private static int DeleteTempFiles(string directory)
    {
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "." + "*" + PartFileName.TempExtension))
        {
            File.Delete(path);
            count++;
        }

        return count;
    }
}
