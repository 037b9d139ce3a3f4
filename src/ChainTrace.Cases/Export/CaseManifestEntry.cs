namespace ChainTrace.Cases;

/// <summary>One file of a bundle as the manifest records it.</summary>
/// <param name="Path">Path relative to the bundle folder, with <c>/</c> separators.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, 64 lower-case hex digits.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record CaseManifestEntry(string Path, string Sha256, long Size);
