using System.Security.Cryptography;

namespace ChainTrace.Scenarios.Tests;

/// <summary>SHA-256 of every file of a scenario folder, by relative path.</summary>
public static class ScenarioFiles
{
    public static SortedDictionary<string, string> Digests(string directory)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(path);
            digests[Path.GetRelativePath(directory, path)] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return digests;
    }
}
