using System.Globalization;

namespace ChainTrace.Storage;

/// <summary>The rows of one block-partitioned table in a commit.</summary>
internal sealed class TableBatch<TRow>(TableSchema<TRow> schema, IReadOnlyList<TRow> rows) : ITableBatch
{
    public TableSchema Schema => schema;

    public int Count => rows.Count;

    public void ValidateBlocks(long first, long last, bool everyBlockOnce)
    {
        var block = schema.BlockAccessor
            ?? throw new InvalidOperationException($"Table {schema.Name} is not block-partitioned.");
        if (everyBlockOnce && rows.Count > 0 && rows.Count != last - first + 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Table {schema.Name} has {rows.Count} rows for the {last - first + 1} blocks {first} … {last}; it needs one row per block."));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var height = block.Get(rows[i]);
            var expected = everyBlockOnce ? first + i : height;
            if (height < first || height > last || height != expected)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Table {schema.Name}, row {i}: block {height} does not follow the checkpoint; this commit covers blocks {first} … {last}."));
            }
        }
    }

    public Task<long> WriteAsync(string finalPath, DatasetOptions options, CancellationToken cancellationToken) =>
        ParquetPartWriter.WriteAsync(schema, rows, finalPath, options, cancellationToken);
}
