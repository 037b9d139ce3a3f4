namespace ChainTrace.Cases;

/// <summary>
/// A case file that cannot be used: bad YAML, a missing or unknown key, a value out of range. The message names the
/// file and line (<c>wannacry.yaml, line 12, column 9: …</c>); <see cref="FilePath"/>, <see cref="Line"/> and
/// <see cref="Column"/> carry the same for programs.
/// </summary>
public sealed class CaseFileException : Exception
{
    /// <summary>Creates the exception for a place in a case file.</summary>
    /// <param name="filePath">The case file (as the caller named it), or null when parsed from text.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <param name="reason">One sentence saying what is wrong.</param>
    /// <param name="innerException">The underlying failure (e.g. the YAML parser's), or null.</param>
    public CaseFileException(string? filePath, int line, int column, string reason, Exception? innerException = null)
        : base(Compose(filePath, line, column, reason), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CaseFileException()
        : this(null, 0, 0, "Bad case file.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CaseFileException(string message)
        : this(null, 0, 0, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CaseFileException(string message, Exception innerException)
        : this(null, 0, 0, message, innerException)
    {
    }

    /// <summary>The case file, or null when the definition was parsed from text without a name.</summary>
    public string? FilePath { get; }

    /// <summary>1-based line of the problem, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Compose(string? filePath, int line, int column, string reason)
    {
        var where = filePath ?? "case file";
        if (line > 0)
        {
            where += column > 0
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", line {line}, column {column}")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $", line {line}");
        }

        return $"{where}: {reason}";
    }
}
