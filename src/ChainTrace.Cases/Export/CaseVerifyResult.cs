namespace ChainTrace.Cases;

/// <summary>What <see cref="CaseBundleVerifier.Verify"/> found in a bundle folder.</summary>
public sealed record CaseVerifyResult
{
    /// <summary>Files whose bytes differ from the manifest (including <c>manifest.json</c> itself when it fails its self-check), sorted.</summary>
    public required IReadOnlyList<string> Changed { get; init; }

    /// <summary>Files the manifest lists that are not there (or <c>manifest.json</c> when it is absent), sorted.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Files in the folder (at any depth) the manifest does not list, sorted, <c>/</c>-separated.</summary>
    public required IReadOnlyList<string> Extra { get; init; }

    /// <summary>One sentence per problem, for people (e.g. <c>changed: flows.csv (SHA-256 differs)</c>).</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>SHA-256 of <c>manifest.json</c> as found (the bundle's fingerprint to compare with a recorded one), or null when absent.</summary>
    public string? ManifestSha256 { get; init; }

    /// <summary>True when nothing is changed, missing or extra.</summary>
    public bool IsIntact => Changed.Count == 0 && Missing.Count == 0 && Extra.Count == 0;
}
