using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>Positional reads on a file handle (no shared file position, so handles can be reused freely).</summary>
internal static class FileReads
{
    private const int TailChunk = 64 * 1024;

    /// <summary>Opens a file for positional reads, sharing it with a writer (a running node) and deleters.</summary>
    public static SafeFileHandle OpenRead(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/>; returns the bytes read, fewer only at end of file.</summary>
    public static async ValueTask<int> ReadAtLeastAsync(
        SafeFileHandle handle, Memory<byte> buffer, long offset, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await RandomAccess.ReadAsync(handle, buffer[total..], offset + total, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>
    /// True when every byte from <paramref name="offset"/> to <paramref name="length"/> is zero as stored
    /// (<paramref name="decoded"/> false: Core's preallocated, never-written tail) or zero after de-obfuscation
    /// (<paramref name="decoded"/> true).
    /// </summary>
    public static async ValueTask<bool> IsZeroTailAsync(
        SafeFileHandle handle, long offset, long length, BlockFileXorKey key, bool decoded, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(TailChunk);
        try
        {
            for (var position = offset; position < length;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var want = (int)Math.Min(TailChunk, length - position);
                var read = await ReadAtLeastAsync(handle, buffer.AsMemory(0, want), position, cancellationToken).ConfigureAwait(false);
                var chunk = buffer.AsSpan(0, read);
                if (decoded)
                {
                    key.Apply(chunk, position);
                }

                if (chunk.ContainsAnyExcept((byte)0))
                {
                    return false;
                }

                if (read < want)
                {
                    break;
                }

                position += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
