using ChainTrace.Core;
using Parquet;
using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>
/// Rewrites a part file keeping only the rows at or below a block height, whatever its columns: each column is read
/// with the file's own schema, filtered by the block column and written back, so types and nullability are preserved.
/// </summary>
internal static class PartTrimmer
{
    /// <summary>
    /// Writes the rows of <paramref name="sourcePath"/> whose <paramref name="blockColumn"/> is ≤
    /// <paramref name="lastBlock"/> to <paramref name="finalPath"/> (temp + rename). When no row is kept nothing is
    /// written.
    /// </summary>
    /// <returns>The number of rows kept.</returns>
    /// <exception cref="ChainDataException">The file is not a readable part of this table.</exception>
    public static async Task<long> TrimAsync(
        string sourcePath,
        string blockColumn,
        long lastBlock,
        string finalPath,
        DatasetOptions options,
        CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(Path.GetDirectoryName(finalPath)!, PartFileName.Temp(Path.GetFileName(finalPath)));
        long kept = 0;
        try
        {
            await using var reader = await OpenAsync(sourcePath, cancellationToken);
            var fields = reader.Schema.GetDataFields();
            var blockField = Array.Find(fields, f => f.Name == blockColumn && f.ClrType == typeof(long) && !f.IsNullable)
                ?? throw new ChainDataException(
                    $"Part file has no non-nullable INT64 column {blockColumn}.", new DataLocation(File: sourcePath));

            var outputFields = Array.ConvertAll(fields, f => OutputField(f, sourcePath));
            await using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(outputFields), stream, ParquetPartWriter.CreateOptions(options), false, cancellationToken))
                {
                    for (var g = 0; g < reader.RowGroupCount; g++)
                    {
                        var group = reader.OpenRowGroupReader(g);
                        var rowCount = checked((int)group.RowCount);
                        var blocks = new long[rowCount];
                        await group.ReadAsync<long>(blockField, blocks, null, cancellationToken);
                        var keep = KeptRows(blocks, lastBlock);
                        if (keep.Length == 0)
                        {
                            continue;
                        }

                        using var output = writer.CreateRowGroup();
                        for (var f = 0; f < fields.Length; f++)
                        {
                            await CopyColumnAsync(group, output, fields[f], outputFields[f], rowCount, keep, cancellationToken);
                        }

                        output.CompleteValidate();
                        kept += keep.Length;
                    }
                }

                stream.Flush(flushToDisk: options.Durable);
            }

            if (kept == 0)
            {
                DurableFile.TryDelete(tempPath);
                return 0;
            }

            DurableFile.Publish(tempPath, finalPath, options.Durable);
            return kept;
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException or UnauthorizedAccessException or ChainDataException))
        {
            DurableFile.TryDelete(tempPath);
            throw new ChainDataException("Part file could not be read back for trimming.", new DataLocation(File: sourcePath), e);
        }
        catch
        {
            DurableFile.TryDelete(tempPath);
            throw;
        }
    }

    private static int[] KeptRows(long[] blocks, long lastBlock)
    {
        var keep = new List<int>(blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] <= lastBlock)
            {
                keep.Add(i);
            }
        }

        return keep.ToArray();
    }

    private static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetReader.CreateAsync(path, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not IOException and not UnauthorizedAccessException)
        {
            throw new ChainDataException("Part file is not a readable Parquet file.", new DataLocation(File: path), e);
        }
    }

    /// <summary>True for the CLR types Parquet.Net uses for UTF-8 string columns.</summary>
    private static bool IsString(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    /// <summary>The field to write for a column read from a file: same name, type and nullability.</summary>
    private static DataField OutputField(DataField field, string path)
    {
        var type = field.ClrType;
        if (IsString(type))
        {
            return new DataField<string>(field.Name, field.IsNullable);
        }

        if (type == typeof(long) || type == typeof(int) || type == typeof(bool) || type == typeof(double))
        {
            return new DataField(field.Name, type, field.IsNullable);
        }

        throw new ChainDataException(
            $"Part file column {field.Name} has unsupported type {type.Name}.", new DataLocation(File: path));
    }

    private static Task CopyColumnAsync(
        ParquetRowGroupReader input,
        ParquetRowGroupWriter output,
        DataField field,
        DataField outputField,
        int rowCount,
        int[] keep,
        CancellationToken cancellationToken)
    {
        var type = outputField.ClrType;
        return IsString(type) ? CopyStringsAsync(input, output, field, outputField, rowCount, keep, cancellationToken)
            : type == typeof(long) ? CopyAsync<long>(input, output, field, outputField, rowCount, keep, cancellationToken)
            : type == typeof(int) ? CopyAsync<int>(input, output, field, outputField, rowCount, keep, cancellationToken)
            : type == typeof(bool) ? CopyAsync<bool>(input, output, field, outputField, rowCount, keep, cancellationToken)
            : CopyAsync<double>(input, output, field, outputField, rowCount, keep, cancellationToken);
    }

    private static async Task CopyAsync<T>(
        ParquetRowGroupReader input,
        ParquetRowGroupWriter output,
        DataField field,
        DataField outputField,
        int rowCount,
        int[] keep,
        CancellationToken cancellationToken)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[rowCount];
            await input.ReadAsync<T>(field, values, null, cancellationToken);
            var kept = Array.ConvertAll(keep, i => values[i]);
            await output.WriteAsync<T>(outputField, kept, null, null, cancellationToken);
        }
        else
        {
            var values = new T[rowCount];
            await input.ReadAsync<T>(field, values, null, cancellationToken);
            var kept = Array.ConvertAll(keep, i => values[i]);
            await output.WriteAsync<T>(outputField, kept, null, null, cancellationToken);
        }
    }

    private static async Task CopyStringsAsync(
        ParquetRowGroupReader input,
        ParquetRowGroupWriter output,
        DataField field,
        DataField outputField,
        int rowCount,
        int[] keep,
        CancellationToken cancellationToken)
    {
        var values = new string[rowCount];
        await input.ReadAsync(field, values, null, cancellationToken);
        await output.WriteAsync(outputField, Array.ConvertAll(keep, i => values[i]), null);
    }
}
