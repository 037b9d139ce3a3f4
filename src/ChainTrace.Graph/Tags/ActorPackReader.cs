namespace ChainTrace.Graph.Tags;

/// <summary>
/// Reads GraphSense ActorPacks (YAML): a header and an <c>actors</c> list of actors with id, label, uri, categories,
/// jurisdictions and aliases (a nested <c>context</c> is skipped). An actor without id is dropped with an error; a
/// repeated id keeps the first. Streams the YAML like <see cref="TagPackReader"/>.
/// </summary>
public sealed class ActorPackReader
{
    private readonly TagReadOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; default <see cref="TagReadOptions"/> defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public ActorPackReader(TagReadOptions? options = null)
    {
        _options = options ?? new TagReadOptions();
        _options.Validate();
    }

    /// <summary>Reads one ActorPack file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not readable YAML or not an ActorPack; see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ActorLoadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(TagFiles.ReadText(path), path, cancellationToken);
    }

    /// <summary>Reads an ActorPack from its YAML text; <paramref name="fileName"/> names it in diagnostics.</summary>
    /// <exception cref="InvalidDataException">The text is not readable YAML or not an ActorPack; see <see cref="TagFileError"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ActorLoadResult Read(string yaml, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return YamlDocuments.Interpret(yaml, fileName, _options.FastYaml, ActorPackInterpreter.Interpret, cancellationToken).Result;
    }
}
