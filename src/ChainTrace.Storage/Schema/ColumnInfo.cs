namespace ChainTrace.Storage;

/// <summary>One column of a table schema, as the dataset contract lists it.</summary>
/// <param name="Name">The snake_case column name used in Parquet and SQL.</param>
/// <param name="Type">The logical type (storage and SQL mapping).</param>
/// <param name="IsNullable">True when the column may hold nulls (Parquet <c>OPTIONAL</c>); false for <c>REQUIRED</c>.</param>
public sealed record ColumnInfo(string Name, ColumnType Type, bool IsNullable)
{
    /// <summary>The SQL type of the column in <see cref="DatasetQuery"/> views, e.g. <c>BIGINT</c> or <c>BIGNUM</c>.</summary>
    public string SqlType => Type switch
    {
        ColumnType.String => "VARCHAR",
        ColumnType.Int64 => "BIGINT",
        ColumnType.Int32 => "INTEGER",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Double => "DOUBLE",
        ColumnType.UInt256 => "BIGNUM",
        _ => throw new InvalidOperationException($"Unknown column type {Type}."),
    };
}
