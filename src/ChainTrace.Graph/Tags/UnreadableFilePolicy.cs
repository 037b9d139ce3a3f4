namespace ChainTrace.Graph.Tags;

/// <summary>What a folder load does with a file that cannot be read at all (bad YAML/JSON, not a tag file).</summary>
public enum UnreadableFilePolicy
{
    /// <summary>Throw the file's an <see cref="InvalidDataException"/> (see <see cref="TagFileError"/>) and load nothing (the default: strict).</summary>
    Throw,

    /// <summary>Skip the file, report it as an <see cref="TagDiagnosticKind.UnreadableFile"/> error, load the rest.</summary>
    Report,
}
