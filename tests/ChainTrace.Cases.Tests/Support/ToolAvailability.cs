namespace ChainTrace.Cases.Tests;

/// <summary>Which outside tools are on this machine (looked up once).</summary>
internal static class ToolAvailability
{
    private static readonly Lazy<string?> ChromiumPath = new(() => ExternalTool.Find("chromium") ?? ExternalTool.Find("chromium-browser"));

    private static readonly Lazy<IReadOnlyList<string>> NetworkxPythons = new(FindNetworkxPythons);

    /// <summary>The chromium program, or null.</summary>
    public static string? Chromium => ChromiumPath.Value;

    /// <summary>Every distinct python3 (Debian's /usr/bin/python3 first, then the one on PATH) that can import networkx.</summary>
    public static IReadOnlyList<string> PythonsWithNetworkx => NetworkxPythons.Value;

    /// <summary>True when the CI variable is set: a missing tool is then a failure, not a skip.</summary>
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static List<string> FindNetworkxPythons()
    {
        var found = new List<string>();
        foreach (var candidate in new[] { "/usr/bin/python3", ExternalTool.Find("python3") })
        {
            if (candidate is null || found.Contains(candidate) || (File.Exists("/usr/bin/python3") && candidate != "/usr/bin/python3" && SameFile(candidate, "/usr/bin/python3")))
            {
                continue;
            }

            try
            {
                var outcome = ExternalTool.RunAsync(candidate, ["-c", "import networkx"], TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
                if (outcome.ExitCode == 0)
                {
                    found.Add(candidate);
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }

        return found;
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(new FileInfo(a).ResolveLinkTarget(true)?.FullName ?? a, new FileInfo(b).ResolveLinkTarget(true)?.FullName ?? b, StringComparison.Ordinal);
}
