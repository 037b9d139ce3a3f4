namespace ChainTrace.Cases;

/// <summary>
/// The content of <c>manifest.json</c>: the SHA-256 and size of every other file of the bundle, and of the inputs
/// the run read. <see cref="ManifestWriter"/> renders it with a self-check hash of its own content.
/// </summary>
/// <param name="ToolVersion">The ChainTrace version that wrote the bundle.</param>
/// <param name="Files">The bundle's files (manifest excluded), sorted by path.</param>
/// <param name="Inputs">The input files, sorted by role and name.</param>
public sealed record CaseManifest(string ToolVersion, IReadOnlyList<CaseManifestEntry> Files, IReadOnlyList<CaseInputFile> Inputs);
