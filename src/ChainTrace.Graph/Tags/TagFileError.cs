namespace ChainTrace.Graph.Tags;

/// <summary>
/// Creates the exception for a tag file that cannot be read at all: an <see cref="InvalidDataException"/> whose message
/// starts with <c>file(line): </c> and whose <see cref="Exception.Data"/> holds <see cref="FileKey"/> and
/// <see cref="LineKey"/> for programs. One bad entry in a readable file is never this, but a <see cref="TagDiagnostic"/>.
/// </summary>
public static class TagFileError
{
    /// <summary>The <see cref="Exception.Data"/> key of the file's path (string).</summary>
    public const string FileKey = "ChainTrace.Tags.File";

    /// <summary>The <see cref="Exception.Data"/> key of the 1-based line (int; 0 when the whole file is at fault).</summary>
    public const string LineKey = "ChainTrace.Tags.Line";

    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's path as the reader was given it.</param>
    /// <param name="line">1-based line of the problem, or 0 when the whole file is the problem.</param>
    /// <param name="message">One sentence that says what is wrong.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public static InvalidDataException Create(string file, int line, string message, Exception? innerException = null)
    {
        var text = line > 0 ? $"{file}({line}): {message}" : $"{file}: {message}";
        var exception = new InvalidDataException(text, innerException);
        exception.Data[FileKey] = file;
        exception.Data[LineKey] = line;
        return exception;
    }

    /// <summary>The line recorded by <see cref="Create"/>, or 0 when the exception does not carry one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static int LineOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[LineKey] is int line ? line : 0;
    }
}
