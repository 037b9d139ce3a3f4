using System.Diagnostics.CodeAnalysis;

namespace ChainTrace.Storage;

/// <summary>The logical type of a dataset column: how it is stored in Parquet and how it appears in SQL views.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members name the storage types they stand for.")]
public enum ColumnType
{
    /// <summary>UTF-8 text: Parquet <c>BYTE_ARRAY (STRING)</c>, SQL <c>VARCHAR</c>.</summary>
    String = 1,

    /// <summary>Signed 64-bit integer: Parquet <c>INT64</c>, SQL <c>BIGINT</c>.</summary>
    Int64 = 2,

    /// <summary>Signed 32-bit integer: Parquet <c>INT32</c>, SQL <c>INTEGER</c>.</summary>
    Int32 = 3,

    /// <summary>Boolean: Parquet <c>BOOLEAN</c>, SQL <c>BOOLEAN</c>.</summary>
    Boolean = 4,

    /// <summary>IEEE 754 double: Parquet <c>DOUBLE</c>, SQL <c>DOUBLE</c>.</summary>
    Double = 5,

    /// <summary>
    /// An exact unsigned 256-bit integer (Ethereum wei, token amounts, token ids): stored as its base-10 digits in a
    /// Parquet <c>STRING</c> column (no sign, no leading zeros), exposed by <see cref="DatasetQuery"/> views as
    /// DuckDB <c>BIGNUM</c> so that <c>SUM</c>, comparisons and <c>ORDER BY</c> are exact and numeric
    /// (see docs/adr/0003-uint256-value-encoding.md).
    /// </summary>
    UInt256 = 6,
}
