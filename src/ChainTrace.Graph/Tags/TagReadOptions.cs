namespace ChainTrace.Graph.Tags;

/// <summary>How the tag readers read files.</summary>
public sealed record TagReadOptions
{
    /// <summary>What a folder read does with a file that cannot be read at all; default <see cref="UnreadableFilePolicy.Throw"/>.</summary>
    public UnreadableFilePolicy UnreadableFiles { get; init; } = UnreadableFilePolicy.Throw;

    /// <summary>Files read at the same time by a folder read; default the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Read TagPacks with the fast YAML subset reader first (falling back to YamlDotNet per file when a file leaves the
    /// subset); default true. False reads every file with YamlDotNet's event parser, several times slower, same tags.
    /// </summary>
    public bool FastYaml { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxDegreeOfParallelism"/> is below 1.</exception>
    public void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
}
