namespace ChainTrace.Graph.Tags;

/// <summary>Runs an interpreter over a YAML text: the fast reader first, YamlDotNet when the text leaves its subset.</summary>
internal static class YamlDocuments
{
    /// <summary>Interprets <paramref name="yaml"/>; returns the result and whether YamlDotNet had to read it.</summary>
    /// <exception cref="InvalidDataException">The YAML is malformed (with YamlDotNet's line), or the interpreter refuses it.</exception>
    public static (T Result, bool UsedYamlDotNet) Interpret<T>(
        string yaml,
        string file,
        bool fast,
        Func<string, IEnumerable<YamlEvent>, CancellationToken, T> interpret,
        CancellationToken cancellationToken)
    {
        if (fast)
        {
            try
            {
                return (interpret(file, FastYamlReader.Read(yaml), cancellationToken), false);
            }
            catch (YamlSubsetException)
            {
                // Outside the subset or malformed: YamlDotNet decides.
            }
        }

        try
        {
            return (interpret(file, YamlDotNetEventReader.Read(yaml), cancellationToken), true);
        }
        catch (YamlSyntaxException e)
        {
            throw TagFileError.Create(file, e.Line, $"not valid YAML: {e.Message}", e);
        }
    }
}
