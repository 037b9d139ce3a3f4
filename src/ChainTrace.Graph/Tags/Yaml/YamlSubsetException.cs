namespace ChainTrace.Graph.Tags;

/// <summary>
/// Thrown by <see cref="FastYamlReader"/> when the text leaves the subset it reads (anchors, block scalars, flow
/// mappings, a syntax error, …). Never escapes the tag readers: they read the file again with YamlDotNet, which either
/// reads it or reports the syntax error with its line.
/// </summary>
internal sealed class YamlSubsetException : Exception
{
    public YamlSubsetException(int line, string reason)
        : base(reason)
    {
        Line = line;
    }

    public YamlSubsetException()
    {
    }

    public YamlSubsetException(string message)
        : base(message)
    {
    }

    public YamlSubsetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line where the reader stopped.</summary>
    public int Line { get; }
}
