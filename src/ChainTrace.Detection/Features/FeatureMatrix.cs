namespace ChainTrace.Detection;

/// <summary>
/// A dense table of feature values: one row per subject (address, cluster or transaction), one named column per
/// feature, stored row-major as <see cref="float"/>. <see cref="float.NaN"/> marks a value that is undefined for the
/// subject (a mean over nothing); the model treats it as missing.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly float[] _values;
    private readonly Dictionary<string, int> _columns;

    /// <summary>Creates a matrix of zeros.</summary>
    /// <param name="names">The column names, distinct.</param>
    /// <param name="rowCount">Number of rows.</param>
    /// <exception cref="ArgumentException">Duplicate or empty column names.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative row count.</exception>
    public FeatureMatrix(IReadOnlyList<string> names, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        _columns = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(names[i], nameof(names));
            if (!_columns.TryAdd(names[i], i))
            {
                throw new ArgumentException($"Feature '{names[i]}' appears twice.", nameof(names));
            }
        }

        Names = names.ToArray();
        RowCount = rowCount;
        _values = new float[checked((long)rowCount * names.Count)];
    }

    /// <summary>The column names in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => Names.Count;

    /// <summary>The value at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public float this[int row, int column]
    {
        get => _values[Offset(row, column)];
        set => _values[Offset(row, column)] = value;
    }

    /// <summary>The value at <paramref name="row"/> of the column named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public float this[int row, string name] => this[row, Column(name)];

    /// <summary>The values of one row, in column order.</summary>
    public ReadOnlySpan<float> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _values.AsSpan(row * ColumnCount, ColumnCount);
    }

    /// <summary>The index of column <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new KeyNotFoundException($"There is no feature '{name}'.");

    /// <summary>True and the index when column <paramref name="name"/> exists.</summary>
    public bool TryGetColumn(string name, out int index) => _columns.TryGetValue(name, out index);

    /// <summary>A new matrix with the given rows, in the given order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index is out of range.</exception>
    public FeatureMatrix SelectRows(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new FeatureMatrix(Names, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Row(rows[i]).CopyTo(result.RowSpan(i));
        }

        return result;
    }

    /// <summary>A new matrix with the given columns (by name), in the given order.</summary>
    /// <exception cref="KeyNotFoundException">A column does not exist.</exception>
    public FeatureMatrix SelectColumns(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var indexes = names.Select(Column).ToArray();
        var result = new FeatureMatrix(names, RowCount);
        for (var row = 0; row < RowCount; row++)
        {
            var source = Row(row);
            var target = result.RowSpan(row);
            for (var c = 0; c < indexes.Length; c++)
            {
                target[c] = source[indexes[c]];
            }
        }

        return result;
    }

    /// <summary>The writable values of one row.</summary>
    internal Span<float> RowSpan(int row) => _values.AsSpan(row * ColumnCount, ColumnCount);

    private int Offset(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return (row * ColumnCount) + column;
    }
}
