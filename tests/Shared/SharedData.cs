namespace ChainTrace.Testing;

/// <summary>
/// The catalogue of real chain data in <c>../shared/data</c> (beside the repository). Tests read fixtures through it,
/// never from copies in the repository. Set CHAINTRACE_SHARED_DATA to point elsewhere.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootPath = new(FindRoot);

    /// <summary>The shared data folder, or null when it is absent.</summary>
    public static string? Root => RootPath.Value;

    /// <summary>True when the shared data folder exists.</summary>
    public static bool IsAvailable => Root is not null;

    /// <summary>True when running under CI (the CI environment variable is set), where missing data is a failure.</summary>
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The absolute path of a file or folder under the shared data folder.</summary>
    public static string PathOf(string relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            "The shared data folder ../shared/data was not found (set CHAINTRACE_SHARED_DATA).");
        var full = System.IO.Path.Combine(root, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"Shared data fixture '{relative}' is missing.", full);
        }

        return full;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHAINTRACE_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>
/// A fact that needs <c>../shared/data</c>: skipped when the folder is absent and CI is unset; under CI a missing
/// folder is not a skip, the test runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when the data is absent outside CI.</summary>
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsAvailable && !SharedData.IsCi)
        {
            Skip = "../shared/data is absent (allowed outside CI only).";
        }
    }
}

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip when the data is absent outside CI.</summary>
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.IsAvailable && !SharedData.IsCi)
        {
            Skip = "../shared/data is absent (allowed outside CI only).";
        }
    }
}
