namespace ChainTrace.Storage;

/// <summary>
/// The shape of one dataset table: its folder/view name and its ordered columns. Built with
/// <see cref="TableSchemaBuilder{TRow}"/>; the chain tables are in <see cref="BitcoinTables"/> and
/// <see cref="EthereumTables"/>.
/// </summary>
public abstract class TableSchema
{
    private protected TableSchema(string name, IReadOnlyList<ColumnInfo> columns, string? blockColumn)
    {
        Name = name;
        Columns = columns;
        BlockColumn = blockColumn;
    }

    /// <summary>The table name: the folder under the dataset and the SQL view name (lowercase snake_case).</summary>
    public string Name { get; }

    /// <summary>The columns in file and view order.</summary>
    public IReadOnlyList<ColumnInfo> Columns { get; }

    /// <summary>
    /// The <see cref="ColumnType.Int64"/> column holding the block height for block-partitioned tables (the chain
    /// tables: part files cover a block range), or null for tables written whole (derived tables).
    /// </summary>
    public string? BlockColumn { get; }

    /// <summary>The position of <paramref name="columnName"/> in <see cref="Columns"/>, or -1 when absent.</summary>
    public int IndexOf(string columnName)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, columnName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the table name.</summary>
    public override string ToString() => Name;
}
