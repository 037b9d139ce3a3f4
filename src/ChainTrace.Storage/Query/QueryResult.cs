namespace ChainTrace.Storage;

/// <summary>
/// A fully materialized query result. Cell values are CLR values as DuckDB returns them: <see langword="null"/> for
/// SQL NULL, <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>/<see cref="long"/>/<see cref="ulong"/> and
/// other integers, <see cref="System.Numerics.BigInteger"/> for <c>BIGNUM</c>/<c>HUGEINT</c> (uint256 columns and
/// exact sums), <see cref="double"/>, <see cref="decimal"/>, date/time types, and lists for nested values.
/// </summary>
/// <param name="Columns">Column names in result order.</param>
/// <param name="Rows">Rows; each array has one cell per column.</param>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
