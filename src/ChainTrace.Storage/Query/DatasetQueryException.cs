namespace ChainTrace.Storage;

/// <summary>
/// A SQL statement run by <see cref="DatasetQuery"/> failed: a syntax error, an unknown table or column, a type or
/// conversion error, or a file the query may not read. The message is DuckDB's own, which names the problem and,
/// for parse errors, the position.
/// </summary>
public sealed class DatasetQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed (DuckDB's message).</param>
    /// <param name="innerException">The DuckDB exception, if any.</param>
    public DatasetQueryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DatasetQueryException()
        : this("The query failed.", null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DatasetQueryException(string message)
        : this(message, null)
    {
    }
}
