using System.Globalization;
using System.Text;

namespace ChainTrace.Storage;

/// <summary>Builds the DuckDB statements that define one view per table over a dataset's files.</summary>
internal static class ViewSql
{
    /// <summary>A double-quoted SQL identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A single-quoted SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// The view of a table with a known schema over <paramref name="files"/>: its columns in contract order, uint256
    /// columns cast to BIGNUM, and, when <paramref name="maxBlock"/> is given, only rows at or below it. With no file
    /// the view is empty but has the same columns and types.
    /// </summary>
    public static string TypedView(TableSchema schema, IReadOnlyList<string> files, long? maxBlock)
    {
        var sql = new StringBuilder("CREATE VIEW ").Append(Identifier(schema.Name)).Append(" AS SELECT ");
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            var column = schema.Columns[i];
            if (i > 0)
            {
                sql.Append(", ");
            }

            var source = files.Count == 0 ? "NULL" : Identifier(column.Name);
            if (files.Count == 0 || column.Type == ColumnType.UInt256)
            {
                sql.Append("CAST(").Append(source).Append(" AS ").Append(column.SqlType).Append(')');
            }
            else
            {
                sql.Append(source);
            }

            sql.Append(" AS ").Append(Identifier(column.Name));
        }

        if (files.Count == 0)
        {
            return sql.Append(" LIMIT 0").ToString();
        }

        sql.Append(" FROM ").Append(ReadParquet(files));
        if (maxBlock is { } max && schema.BlockColumn is not null)
        {
            sql.Append(" WHERE ").Append(Identifier(schema.BlockColumn)).Append(" <= ")
                .Append(max.ToString(CultureInfo.InvariantCulture));
        }

        return sql.ToString();
    }

    /// <summary>The view of a table without a known schema: every column of its files.</summary>
    public static string UntypedView(string name, IReadOnlyList<string> files) =>
        $"CREATE VIEW {Identifier(name)} AS SELECT * FROM {ReadParquet(files)}";

    private static string ReadParquet(IReadOnlyList<string> files)
    {
        var sql = new StringBuilder("read_parquet([");
        for (var i = 0; i < files.Count; i++)
        {
            sql.Append(i > 0 ? ", " : string.Empty).Append(Literal(files[i]));
        }

        return sql.Append("], union_by_name = true)").ToString();
    }
}
