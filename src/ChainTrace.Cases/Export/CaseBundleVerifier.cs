using System.Security.Cryptography;

namespace ChainTrace.Cases;

/// <summary>
/// Checks a case bundle folder against its <c>manifest.json</c>: every listed file must exist with the recorded
/// SHA-256 and size, no other file may be present (at any depth), and the manifest must pass its own self-check
/// (see <see cref="ManifestWriter"/>). A manifest that fails its self-check is reported as changed and cannot be
/// trusted, so the files are then still compared with it but any difference is only described in
/// <see cref="CaseVerifyResult.Problems"/> ("cannot be confirmed"), not listed as changed, missing or extra: the
/// lists name only what is known to be wrong.
/// </summary>
public static class CaseBundleVerifier
{
    /// <summary>Verifies a bundle folder.</summary>
    /// <param name="directory">The bundle folder.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CaseVerifyResult Verify(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Case bundle folder '{directory}' does not exist.");
        }

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var extra = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var manifestPath = Path.Combine(directory, CaseBundleFiles.Manifest);
        if (!File.Exists(manifestPath))
        {
            missing.Add(CaseBundleFiles.Manifest);
            problems.Add($"missing: {CaseBundleFiles.Manifest} (nothing else can be checked)");
            return Result(changed, missing, extra, problems, null);
        }

        var manifestBytes = File.ReadAllBytes(manifestPath);
        var manifestSha = ManifestWriter.Sha256Of(manifestBytes);
        if (!ManifestWriter.TryParse(manifestBytes, out var manifest, out var problem))
        {
            changed.Add(CaseBundleFiles.Manifest);
            problems.Add($"changed: {CaseBundleFiles.Manifest}: {problem}");
        }

        if (manifest is null)
        {
            return Result(changed, missing, extra, problems, manifestSha);
        }

        foreach (var entry in manifest.Files.Where(entry => !IsSafeRelativePath(entry.Path)))
        {
            changed.Add(CaseBundleFiles.Manifest);
            problems.Add($"changed: {CaseBundleFiles.Manifest}: it lists the unsafe path '{entry.Path}'");
        }

        var trusted = changed.Count == 0;
        var listed = new HashSet<string>(StringComparer.Ordinal) { CaseBundleFiles.Manifest };
        foreach (var entry in manifest.Files.Where(entry => IsSafeRelativePath(entry.Path)))
        {

            listed.Add(entry.Path);
            var path = Path.Combine(directory, entry.Path);
            if (!File.Exists(path))
            {
                Report(trusted ? missing : null, problems, entry.Path, $"missing: {entry.Path}");
                continue;
            }

            using var stream = File.OpenRead(path);
            var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (stream.Length != entry.Size || !string.Equals(sha, entry.Sha256, StringComparison.Ordinal))
            {
                Report(trusted ? changed : null, problems, entry.Path, $"changed: {entry.Path} (SHA-256 {sha}, manifest says {entry.Sha256})");
            }
        }

        var present = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in present)
        {
            if (!listed.Contains(relative))
            {
                Report(trusted ? extra : null, problems, relative, $"extra: {relative} (not in the manifest)");
            }
        }

        return Result(changed, missing, extra, problems, manifestSha);
    }

    private static void Report(SortedSet<string>? list, List<string> problems, string path, string problem)
    {
        if (list is null)
        {
            problems.Add($"cannot be confirmed against the altered manifest: {problem}");
            return;
        }

        list.Add(path);
        problems.Add(problem);
    }

    private static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static CaseVerifyResult Result(SortedSet<string> changed, SortedSet<string> missing, SortedSet<string> extra, List<string> problems, string? manifestSha) =>
        new()
        {
            Changed = [.. changed],
            Missing = [.. missing],
            Extra = [.. extra],
            Problems = problems,
            ManifestSha256 = manifestSha,
        };
}
