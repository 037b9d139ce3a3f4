using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>
/// Builds a <see cref="TableSchema{TRow}"/>: add columns in contract order, optionally name the block column and a row
/// factory, then <see cref="Build"/>. Each add method throws <see cref="ArgumentException"/> for an invalid or
/// duplicate column name (names are lowercase snake_case: <c>[a-z][a-z0-9_]*</c>).
/// </summary>
/// <typeparam name="TRow">The row record type.</typeparam>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each add method is named after the column type it adds.")]
public sealed class TableSchemaBuilder<TRow>
{
    private readonly string _name;
    private readonly List<ColumnAccessor<TRow>> _columns = [];
    private string? _blockColumn;
    private Func<RowValues, TRow>? _factory;

    /// <summary>Starts a schema for table <paramref name="name"/> (the folder and SQL view name).</summary>
    /// <exception cref="ArgumentException">The name is not lowercase snake_case.</exception>
    public TableSchemaBuilder(string name)
    {
        ValidateName(name, nameof(name));
        _name = name;
    }

    /// <summary>Adds a text column; <paramref name="nullable"/> (default false) allows nulls.</summary>
    public TableSchemaBuilder<TRow> String(string name, Func<TRow, string?> getter, bool nullable = false) =>
        Add(new StringColumn<TRow>(_name, Info(name, ColumnType.String, nullable), Checked(getter)));

    /// <summary>Adds a non-nullable 64-bit integer column.</summary>
    public TableSchemaBuilder<TRow> Int64(string name, Func<TRow, long> getter) =>
        Add(new ValueColumn<TRow, long>(_name, Info(name, ColumnType.Int64, false), Checked(getter)));

    /// <summary>Adds a nullable 64-bit integer column.</summary>
    public TableSchemaBuilder<TRow> NullableInt64(string name, Func<TRow, long?> getter) =>
        Add(new NullableValueColumn<TRow, long>(_name, Info(name, ColumnType.Int64, true), Checked(getter)));

    /// <summary>Adds a non-nullable 32-bit integer column.</summary>
    public TableSchemaBuilder<TRow> Int32(string name, Func<TRow, int> getter) =>
        Add(new ValueColumn<TRow, int>(_name, Info(name, ColumnType.Int32, false), Checked(getter)));

    /// <summary>Adds a nullable 32-bit integer column.</summary>
    public TableSchemaBuilder<TRow> NullableInt32(string name, Func<TRow, int?> getter) =>
        Add(new NullableValueColumn<TRow, int>(_name, Info(name, ColumnType.Int32, true), Checked(getter)));

    /// <summary>Adds a non-nullable boolean column.</summary>
    public TableSchemaBuilder<TRow> Boolean(string name, Func<TRow, bool> getter) =>
        Add(new ValueColumn<TRow, bool>(_name, Info(name, ColumnType.Boolean, false), Checked(getter)));

    /// <summary>Adds a nullable boolean column.</summary>
    public TableSchemaBuilder<TRow> NullableBoolean(string name, Func<TRow, bool?> getter) =>
        Add(new NullableValueColumn<TRow, bool>(_name, Info(name, ColumnType.Boolean, true), Checked(getter)));

    /// <summary>Adds a non-nullable double column.</summary>
    public TableSchemaBuilder<TRow> Double(string name, Func<TRow, double> getter) =>
        Add(new ValueColumn<TRow, double>(_name, Info(name, ColumnType.Double, false), Checked(getter)));

    /// <summary>Adds a nullable double column.</summary>
    public TableSchemaBuilder<TRow> NullableDouble(string name, Func<TRow, double?> getter) =>
        Add(new NullableValueColumn<TRow, double>(_name, Info(name, ColumnType.Double, true), Checked(getter)));

    /// <summary>
    /// Adds an exact uint256 column (stored as decimal digits). Writing a negative value or one above 2^256 − 1 throws
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public TableSchemaBuilder<TRow> UInt256(string name, Func<TRow, BigInteger> getter)
    {
        Checked(getter);
        var info = Info(name, ColumnType.UInt256, false);
        return Add(new StringColumn<TRow>(_name, info, row => UInt256Text.Format(getter(row), _name, name)));
    }

    /// <summary>Adds a nullable exact uint256 column (see <see cref="UInt256"/>).</summary>
    public TableSchemaBuilder<TRow> NullableUInt256(string name, Func<TRow, BigInteger?> getter)
    {
        Checked(getter);
        var info = Info(name, ColumnType.UInt256, true);
        return Add(new StringColumn<TRow>(
            _name, info, row => getter(row) is { } value ? UInt256Text.Format(value, _name, name) : null));
    }

    /// <summary>Adds a non-nullable Bitcoin hash column, stored as display-order (byte-reversed) lowercase hex.</summary>
    public TableSchemaBuilder<TRow> BitcoinHash(string name, Func<TRow, Hash256> getter)
    {
        Checked(getter);
        return Add(new StringColumn<TRow>(_name, Info(name, ColumnType.String, false), row => getter(row).ToReversedHex()));
    }

    /// <summary>Adds a nullable Bitcoin hash column, stored as display-order lowercase hex.</summary>
    public TableSchemaBuilder<TRow> NullableBitcoinHash(string name, Func<TRow, Hash256?> getter)
    {
        Checked(getter);
        return Add(new StringColumn<TRow>(
            _name, Info(name, ColumnType.String, true), row => getter(row)?.ToReversedHex()));
    }

    /// <summary>
    /// Makes the table block-partitioned on <paramref name="columnName"/>, a non-nullable Int64 column added
    /// before or after this call: part files then cover block ranges, commits check every row's block, and rollbacks
    /// trim the table. Without it the table is written whole (derived tables).
    /// </summary>
    public TableSchemaBuilder<TRow> PartitionedBy(string columnName)
    {
        ValidateName(columnName, nameof(columnName));
        _blockColumn = columnName;
        return this;
    }

    /// <summary>Sets the factory that builds a row from its column values (ordinals in column order).</summary>
    public TableSchemaBuilder<TRow> ReadWith(Func<RowValues, TRow> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        return this;
    }

    /// <summary>Creates the immutable schema.</summary>
    /// <exception cref="InvalidOperationException">No column was added, or the block column is not a non-nullable Int64 column.</exception>
    public TableSchema<TRow> Build()
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException($"Table schema {_name} has no columns.");
        }

        ValueColumn<TRow, long>? block = null;
        if (_blockColumn is not null)
        {
            block = _columns.Find(c => c.Info.Name == _blockColumn) as ValueColumn<TRow, long>
                ?? throw new InvalidOperationException(
                    $"Table schema {_name}: block column {_blockColumn} must be a non-nullable Int64 column.");
        }

        return new TableSchema<TRow>(_name, _columns.ToArray(), block, _factory);
    }

    internal static void ValidateName(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        var valid = name[0] is >= 'a' and <= 'z' && name.Length <= 64;
        foreach (var c in name)
        {
            valid &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
        }

        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a lowercase snake_case name ([a-z][a-z0-9_]*, at most 64 characters).", parameter);
        }
    }

    private static T Checked<T>(T getter)
        where T : Delegate
    {
        ArgumentNullException.ThrowIfNull(getter);
        return getter;
    }

    private ColumnInfo Info(string name, ColumnType type, bool nullable)
    {
        ValidateName(name, nameof(name));
        if (_columns.Exists(c => c.Info.Name == name))
        {
            throw new ArgumentException($"Table schema {_name} already has a column {name}.", nameof(name));
        }

        return new ColumnInfo(name, type, nullable);
    }

    private TableSchemaBuilder<TRow> Add(ColumnAccessor<TRow> column)
    {
        _columns.Add(column);
        return this;
    }
}
