using System.Runtime.InteropServices;

namespace ChainTrace.Storage;

/// <summary>
/// The atomic-replace primitive: content goes to a temporary file in the same folder, is flushed to disk, and is
/// renamed over the final name (rename(2) is atomic on POSIX and NTFS), then the folder itself is flushed so the
/// rename survives power loss.
/// </summary>
internal static partial class DurableFile
{
    /// <summary>Renames <paramref name="tempPath"/> to <paramref name="finalPath"/>, replacing it, and flushes the folder.</summary>
    public static void Publish(string tempPath, string finalPath, bool durable)
    {
        File.Move(tempPath, finalPath, overwrite: true);
        if (durable)
        {
            FlushDirectory(Path.GetDirectoryName(finalPath)!);
        }
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="finalPath"/> atomically (temp, fsync, rename, fsync folder).</summary>
    public static async Task WriteAllBytesAsync(string finalPath, ReadOnlyMemory<byte> content, bool durable, CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(Path.GetDirectoryName(finalPath)!, PartFileName.Temp(Path.GetFileName(finalPath)));
        try
        {
            await using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                if (durable)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            Publish(tempPath, finalPath, durable);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>Deletes a file, ignoring a missing file and I/O errors (used for cleanup on a failure path).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Flushes a folder's entries (new names, renames, deletions) to disk; a no-op on Windows.</summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Open(directory, 0);
        if (fd < 0)
        {
            return;
        }

        _ = Fsync(fd);
        _ = Close(fd);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
