using System.IO.Compression;
using Parquet;

namespace ChainTrace.Storage;

/// <summary>Writes rows of a table schema to one Parquet file, column by column from arrays, then publishes it atomically.</summary>
internal static class ParquetPartWriter
{
    /// <summary>
    /// Writes <paramref name="rows"/> to a temporary file beside <paramref name="finalPath"/>, flushes it (fsync when
    /// durable), and renames it to <paramref name="finalPath"/>. Nothing is left behind on failure.
    /// </summary>
    /// <returns>The size of the written file in bytes.</returns>
    public static async Task<long> WriteAsync<TRow>(
        TableSchema<TRow> schema,
        IReadOnlyList<TRow> rows,
        string finalPath,
        DatasetOptions options,
        CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(Path.GetDirectoryName(finalPath)!, PartFileName.Temp(Path.GetFileName(finalPath)));
        try
        {
            long size;
            await using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                await using (var writer = await ParquetWriter.CreateAsync(schema.ParquetSchema, stream, CreateOptions(options), false, cancellationToken))
                {
                    for (var start = 0; start < rows.Count; start += options.RowGroupSize)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var count = Math.Min(options.RowGroupSize, rows.Count - start);
                        using var group = writer.CreateRowGroup();
                        foreach (var column in schema.Accessors)
                        {
                            await column.WriteAsync(group, rows, start, count, cancellationToken);
                        }

                        group.CompleteValidate();
                    }
                }

                stream.Flush(flushToDisk: options.Durable);
                size = stream.Length;
            }

            DurableFile.Publish(tempPath, finalPath, options.Durable);
            return size;
        }
        catch
        {
            DurableFile.TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>The Parquet.Net options for <paramref name="options"/>.</summary>
    public static ParquetOptions CreateOptions(DatasetOptions options) => new()
    {
        CompressionMethod = options.Compression switch
        {
            PartCompression.Snappy => CompressionMethod.Snappy,
            PartCompression.None => CompressionMethod.None,
            _ => CompressionMethod.Zstd,
        },
        CompressionLevel = CompressionLevel.Fastest,
    };
}
