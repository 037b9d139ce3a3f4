using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>A non-nullable fixed-width column (<see cref="long"/>, <see cref="int"/>, <see cref="bool"/>, <see cref="double"/>).</summary>
internal sealed class ValueColumn<TRow, T> : ColumnAccessor<TRow>
    where T : struct
{
    private readonly Func<TRow, T> _getter;

    public ValueColumn(string table, ColumnInfo info, Func<TRow, T> getter)
        : base(table, info, new DataField<T>(info.Name, false))
    {
        _getter = getter;
    }

    /// <summary>Reads the value of one row.</summary>
    public T Get(TRow row) => _getter(row);

    public override async Task WriteAsync(
        ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, int start, int count, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<T>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = _getter(rows[start + i]);
            }

            await writer.WriteAsync(Field, new ReadOnlyMemory<T>(buffer, 0, count), null, null, cancellationToken);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }
}
