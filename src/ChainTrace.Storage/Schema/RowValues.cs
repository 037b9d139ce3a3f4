using System.Data.Common;
using System.Numerics;
using ChainTrace.Core;

namespace ChainTrace.Storage;

/// <summary>
/// The current row of a table read (see <see cref="DatasetQuery.Read{TRow}(TableSchema{TRow})"/>), handed to a schema's
/// row factory. Ordinals follow <see cref="TableSchema.Columns"/>. Valid only during the factory call.
/// </summary>
/// <remarks>
/// Every getter throws <see cref="ChainDataException"/> (naming table and column) when the stored value is null for a
/// non-nullable getter or cannot be converted; ordinals out of range throw <see cref="IndexOutOfRangeException"/>.
/// </remarks>
public readonly struct RowValues
{
    private readonly DbDataReader _reader;
    private readonly string _table;

    internal RowValues(DbDataReader reader, string table)
    {
        _reader = reader;
        _table = table;
    }

    /// <summary>True when the value at <paramref name="ordinal"/> is SQL NULL.</summary>
    public bool IsNull(int ordinal) => _reader.IsDBNull(ordinal);

    /// <summary>A non-null text value.</summary>
    public string GetString(int ordinal) => Required(ordinal) ? _reader.GetString(ordinal) : throw NullError(ordinal);

    /// <summary>A text value or null.</summary>
    public string? GetNullableString(int ordinal) => IsNull(ordinal) ? null : _reader.GetString(ordinal);

    /// <summary>A non-null 64-bit integer.</summary>
    public long GetInt64(int ordinal) => Required(ordinal) ? _reader.GetInt64(ordinal) : throw NullError(ordinal);

    /// <summary>A 64-bit integer or null.</summary>
    public long? GetNullableInt64(int ordinal) => IsNull(ordinal) ? null : _reader.GetInt64(ordinal);

    /// <summary>A non-null 32-bit integer.</summary>
    public int GetInt32(int ordinal) => Required(ordinal) ? _reader.GetInt32(ordinal) : throw NullError(ordinal);

    /// <summary>A 32-bit integer or null.</summary>
    public int? GetNullableInt32(int ordinal) => IsNull(ordinal) ? null : _reader.GetInt32(ordinal);

    /// <summary>A non-null boolean.</summary>
    public bool GetBoolean(int ordinal) => Required(ordinal) ? _reader.GetBoolean(ordinal) : throw NullError(ordinal);

    /// <summary>A boolean or null.</summary>
    public bool? GetNullableBoolean(int ordinal) => IsNull(ordinal) ? null : _reader.GetBoolean(ordinal);

    /// <summary>A non-null double.</summary>
    public double GetDouble(int ordinal) => Required(ordinal) ? _reader.GetDouble(ordinal) : throw NullError(ordinal);

    /// <summary>A double or null.</summary>
    public double? GetNullableDouble(int ordinal) => IsNull(ordinal) ? null : _reader.GetDouble(ordinal);

    /// <summary>A non-null exact uint256 value (stored as decimal digits).</summary>
    public BigInteger GetUInt256(int ordinal) => Required(ordinal) ? ReadUInt256(ordinal) : throw NullError(ordinal);

    /// <summary>An exact uint256 value or null.</summary>
    public BigInteger? GetNullableUInt256(int ordinal) => IsNull(ordinal) ? null : ReadUInt256(ordinal);

    /// <summary>A non-null Bitcoin hash stored as display-order (byte-reversed) hex.</summary>
    public Hash256 GetBitcoinHash(int ordinal) => Required(ordinal) ? ReadHash(ordinal) : throw NullError(ordinal);

    /// <summary>A Bitcoin hash stored as display-order hex, or null.</summary>
    public Hash256? GetNullableBitcoinHash(int ordinal) => IsNull(ordinal) ? null : ReadHash(ordinal);

    private bool Required(int ordinal) => !_reader.IsDBNull(ordinal);

    private BigInteger ReadUInt256(int ordinal)
    {
        var value = _reader.GetValue(ordinal);
        switch (value)
        {
            case BigInteger big when big.Sign >= 0 && big <= UInt256Text.MaxValue:
                return big;
            case string text when UInt256Text.TryParse(text, out var parsed):
                return parsed;
            case long number when number >= 0:
                return number;
            default:
                throw Error(ordinal, $"'{value}' is not a uint256");
        }
    }

    private Hash256 ReadHash(int ordinal)
    {
        var text = _reader.GetString(ordinal);
        return Hash256.TryParse(text, reversed: true, out var hash) ? hash : throw Error(ordinal, $"'{text}' is not a 64-digit hex hash");
    }

    private ChainDataException NullError(int ordinal) => Error(ordinal, "unexpected null");

    private ChainDataException Error(int ordinal, string what)
    {
        var column = _reader.GetName(ordinal);
        return new ChainDataException(
            $"Cannot read table {_table}, column {column}: {what}.",
            new DataLocation(Source: $"table {_table}, column {column}"));
    }
}
