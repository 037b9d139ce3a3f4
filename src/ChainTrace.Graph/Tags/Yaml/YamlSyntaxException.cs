namespace ChainTrace.Graph.Tags;

/// <summary>
/// A YAML text that is not well-formed (or uses a construct the tag readers refuse, such as aliases). The readers turn it
/// into a an <see cref="InvalidDataException"/> (see <see cref="TagFileError"/>) that names the file.
/// </summary>
internal sealed class YamlSyntaxException : Exception
{
    public YamlSyntaxException(int line, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
    }

    public YamlSyntaxException()
    {
    }

    public YamlSyntaxException(string message)
        : base(message)
    {
    }

    public YamlSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }
}
