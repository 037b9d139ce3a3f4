using Parquet.Schema;

namespace ChainTrace.Storage;

/// <summary>
/// A table schema bound to its row type: the ordered columns with a value getter each, the block column for
/// block-partitioned tables, and an optional row factory for reading rows back. Immutable and thread-safe; build one
/// with <see cref="TableSchemaBuilder{TRow}"/> and keep it in a static field.
/// </summary>
/// <typeparam name="TRow">The row record type.</typeparam>
public sealed class TableSchema<TRow> : TableSchema
{
    private readonly Func<RowValues, TRow>? _factory;

    internal TableSchema(
        string name,
        IReadOnlyList<ColumnAccessor<TRow>> accessors,
        ValueColumn<TRow, long>? blockColumn,
        Func<RowValues, TRow>? factory)
        : base(name, accessors.Select(a => a.Info).ToArray(), blockColumn?.Info.Name)
    {
        Accessors = accessors;
        BlockAccessor = blockColumn;
        _factory = factory;
        ParquetSchema = new ParquetSchema(accessors.Select(a => a.Field).ToArray());
    }

    /// <summary>True when rows can be read back (the schema has a row factory).</summary>
    public bool CanRead => _factory is not null;

    internal IReadOnlyList<ColumnAccessor<TRow>> Accessors { get; }

    internal ValueColumn<TRow, long>? BlockAccessor { get; }

    internal ParquetSchema ParquetSchema { get; }

    internal TRow Create(RowValues values) =>
        _factory is null
            ? throw new InvalidOperationException($"Table schema {Name} has no row factory; it cannot be read as rows.")
            : _factory(values);
}
