using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>A UTF-8 string column; also carries Bitcoin hashes (display hex) and uint256 values (decimal digits).</summary>
internal sealed class StringColumn<TRow> : ColumnAccessor<TRow>
{
    private readonly Func<TRow, string?> _getter;

    public StringColumn(string table, ColumnInfo info, Func<TRow, string?> getter)
        : base(table, info, new DataField<string>(info.Name, info.IsNullable))
    {
        _getter = getter;
    }

    public override async Task WriteAsync(
        ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, int start, int count, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<string?>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var value = _getter(rows[start + i]);
                if (value is null && !Info.IsNullable)
                {
                    throw new ArgumentException(
                        $"Table {Table}, column {Info.Name}: row {start + i} is null but the column is not nullable.",
                        nameof(rows));
                }

                buffer[i] = value;
            }

            await writer.WriteAsync(Field, new ArraySegment<string>(buffer!, 0, count), null);
        }
        finally
        {
            Array.Clear(buffer, 0, count);
            ArrayPool<string?>.Shared.Return(buffer);
        }
    }
}
