using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>A nullable fixed-width column.</summary>
internal sealed class NullableValueColumn<TRow, T> : ColumnAccessor<TRow>
    where T : struct
{
    private readonly Func<TRow, T?> _getter;

    public NullableValueColumn(string table, ColumnInfo info, Func<TRow, T?> getter)
        : base(table, info, new DataField<T?>(info.Name, true))
    {
        _getter = getter;
    }

    public override async Task WriteAsync(
        ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, int start, int count, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<T?>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = _getter(rows[start + i]);
            }

            await writer.WriteAsync(Field, new ReadOnlyMemory<T?>(buffer, 0, count), null, null, cancellationToken);
        }
        finally
        {
            ArrayPool<T?>.Shared.Return(buffer);
        }
    }
}
