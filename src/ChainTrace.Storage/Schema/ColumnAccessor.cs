using Parquet;
using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>A column of <typeparamref name="TRow"/>: its contract description, Parquet field and value extraction.</summary>
/// <typeparam name="TRow">The row record type.</typeparam>
internal abstract class ColumnAccessor<TRow>
{
    protected ColumnAccessor(string table, ColumnInfo info, DataField field)
    {
        Table = table;
        Info = info;
        Field = field;
    }

    /// <summary>The table the column belongs to (for messages).</summary>
    public string Table { get; }

    /// <summary>The contract description.</summary>
    public ColumnInfo Info { get; }

    /// <summary>The Parquet field written for the column.</summary>
    public DataField Field { get; }

    /// <summary>Extracts rows <paramref name="start"/>..+<paramref name="count"/> into one column chunk and writes it.</summary>
    /// <exception cref="ArgumentException">A getter returned a value the column cannot hold.</exception>
    public abstract Task WriteAsync(
        ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, int start, int count, CancellationToken cancellationToken);
}
