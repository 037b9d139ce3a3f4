namespace ChainTrace.Graph.Tags;

/// <summary>
/// Reads GraphSense TagPacks (YAML): a header (title, creator, description, and any tag field, which every tag that
/// does not set it inherits) and a <c>tags</c> list of address tags. The YAML is streamed as events, never built into a
/// document; a folder of packs is read in parallel. Every entry that does not load is reported as a diagnostic with
/// its file and line; a file that is not YAML or not a TagPack throws an <see cref="InvalidDataException"/> (see <see cref="TagFileError"/>).
/// </summary>
/// <remarks>
/// Per tag: <c>address</c>, <c>label</c> and <c>currency</c> (or <c>network</c>) are required (else the entry is
/// dropped with an error); the address is checked for its network and normalised (see <see cref="AddressTag.Address"/>);
/// the same network, address and label twice in one file keeps the first; <c>confidence</c> is mapped to its level by
/// <see cref="TagConfidence"/>; <c>lastmod</c> takes ISO dates and date-times. Unknown fields are reported and ignored.
/// </remarks>
public sealed class TagPackReader
{
    private readonly TagReadOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Reading options; default <see cref="TagReadOptions"/> defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public TagPackReader(TagReadOptions? options = null)
    {
        _options = options ?? new TagReadOptions();
        _options.Validate();
    }

    /// <summary>Reads every <c>*.yaml</c>/<c>*.yml</c> file under <paramref name="folder"/> and its subfolders.</summary>
    /// <param name="folder">The folder of packs (e.g. graphsense-tagpacks/packs).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>All tags, in file-path then line order, with all diagnostics.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not readable YAML or not a TagPack (unless the options say Report).</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public TagLoadResult ReadFolder(string folder, CancellationToken cancellationToken = default) =>
        TagFiles.ReadAll(TagFiles.Find(folder, ".yaml", ".yml"), TagSourceKind.TagPack, _options, ReadFile, cancellationToken);

    /// <summary>Reads one TagPack file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not readable YAML or not a TagPack; the message names the line.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public TagLoadResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(TagFiles.ReadText(path), path, cancellationToken);
    }

    /// <summary>Reads a TagPack from its YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">The name diagnostics and tags give as the file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="InvalidDataException">The text is not readable YAML or not a TagPack; the message names the line.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public TagLoadResult Read(string yaml, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var (result, usedYamlDotNet) = YamlDocuments.Interpret(yaml, fileName, _options.FastYaml, TagPackInterpreter.Interpret, cancellationToken);
        var summary = new TagFileSummary(fileName, TagSourceKind.TagPack, result.Title, result.Entries, result.Tags.Count, usedYamlDotNet);
        return new TagLoadResult(result.Tags, result.Diagnostics, [summary]);
    }
}
