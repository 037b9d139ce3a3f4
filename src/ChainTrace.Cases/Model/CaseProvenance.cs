namespace ChainTrace.Cases;

/// <summary>Where a case's answer comes from: the dataset and its checkpoint, the tool version and the input files.</summary>
public sealed record CaseProvenance
{
    /// <summary>The dataset's folder name (not its full path, so bundles do not depend on the machine).</summary>
    public required string DatasetName { get; init; }

    /// <summary>Chain name of the dataset, <c>bitcoin</c> or <c>ethereum</c>.</summary>
    public required string Chain { get; init; }

    /// <summary>Network of the dataset, e.g. <c>mainnet</c>.</summary>
    public required string Network { get; init; }

    /// <summary>Height of the dataset's checkpoint (last ingested block), or null when the dataset has none.</summary>
    public long? CheckpointHeight { get; init; }

    /// <summary>Hash of the checkpoint block as the chain displays it, or null.</summary>
    public string? CheckpointHash { get; init; }

    /// <summary>SHA-256 of the dataset's <c>dataset.json</c>, 64 lower-case hex digits, or null.</summary>
    public string? DatasetJsonSha256 { get; init; }

    /// <summary>The ChainTrace version that produced the case (e.g. <c>0.1.0</c>).</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The files the run read, with their SHA-256 (listed in the manifest as inputs). Default none.</summary>
    public IReadOnlyList<CaseInputFile> Inputs { get; init; } = [];
}
