using System.Collections;
using System.Data.Common;

namespace ChainTrace.Storage;

/// <summary>
/// The rows of a running query, read one at a time (see <see cref="DatasetQuery.Stream"/>). Enumerate it once; the
/// result is released when the enumeration ends or when the stream is disposed.
/// </summary>
public sealed class QueryRows : IEnumerable<object?[]>, IDisposable
{
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private bool _enumerated;

    internal QueryRows(DbCommand command, DbDataReader reader)
    {
        _command = command;
        _reader = reader;
        var columns = new string[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = reader.GetName(i);
        }

        Columns = columns;
    }

    /// <summary>Column names in result order, known before the first row is read.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Enumerates the rows (each call to MoveNext reads the next row from DuckDB).</summary>
    /// <exception cref="InvalidOperationException">The stream was already enumerated.</exception>
    /// <exception cref="DatasetQueryException">DuckDB failed while producing rows (e.g. a conversion error).</exception>
    public IEnumerator<object?[]> GetEnumerator()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A query row stream can be enumerated only once.");
        }

        _enumerated = true;
        return Rows();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases the DuckDB result.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
    }

    private IEnumerator<object?[]> Rows()
    {
        try
        {
            while (DatasetQuery.ReadNext(_reader))
            {
                yield return DatasetQuery.CurrentRow(_reader);
            }
        }
        finally
        {
            Dispose();
        }
    }
}
