using System.Data.Common;

namespace ChainTrace.Storage;

/// <summary>
/// A forward-only cursor over a running query with typed field access and no per-row allocation: the fast path for
/// loaders that read millions of rows (see <see cref="DatasetQuery.Cursor"/>). Call <see cref="Read"/> until it
/// returns false, then dispose.
/// </summary>
public sealed class QueryCursor : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;

    internal QueryCursor(DbCommand command, DbDataReader reader)
    {
        _command = command;
        _reader = reader;
    }

    /// <summary>Number of columns of the result.</summary>
    public int FieldCount => _reader.FieldCount;

    /// <summary>Moves to the next row; false at the end.</summary>
    /// <exception cref="DatasetQueryException">DuckDB failed while producing the row.</exception>
    public bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (DbException e)
        {
            throw new DatasetQueryException(e.Message, e);
        }
    }

    /// <summary>True when column <paramref name="ordinal"/> of the current row is SQL NULL.</summary>
    public bool IsNull(int ordinal) => _reader.IsDBNull(ordinal);

    /// <summary>Column <paramref name="ordinal"/> as a 64-bit integer (integer SQL types).</summary>
    /// <exception cref="InvalidCastException">The column is not an integer type or is NULL.</exception>
    public long GetInt64(int ordinal) => _reader.GetInt64(ordinal);

    /// <summary>Column <paramref name="ordinal"/> as a 32-bit integer (integer SQL types that fit).</summary>
    /// <exception cref="InvalidCastException">The column is not an integer type or is NULL.</exception>
    public int GetInt32(int ordinal) => _reader.GetInt32(ordinal);

    /// <summary>Column <paramref name="ordinal"/> as text.</summary>
    /// <exception cref="InvalidCastException">The column is NULL.</exception>
    public string GetString(int ordinal) => _reader.GetString(ordinal);

    /// <summary>Column <paramref name="ordinal"/> as a boolean.</summary>
    public bool GetBoolean(int ordinal) => _reader.GetBoolean(ordinal);

    /// <summary>Column <paramref name="ordinal"/> as a timestamp in UTC.</summary>
    public DateTime GetDateTime(int ordinal) => _reader.GetDateTime(ordinal);

    /// <summary>Releases the DuckDB result.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
    }
}
