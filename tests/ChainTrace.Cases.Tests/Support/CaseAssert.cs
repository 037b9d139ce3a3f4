namespace ChainTrace.Cases.Tests;

/// <summary>Helpers for the bundle tests.</summary>
internal static class CaseAssert
{
    /// <summary>Writes the bitcoin sample bundle into a new folder under <paramref name="dir"/> and returns its path.</summary>
    public static async Task<string> WriteSampleBundleAsync(TempDirectory dir, string name = "bundle", CaseBundleOptions? options = null)
    {
        var (result, graph) = SampleCase.Bitcoin();
        var path = dir.Sub(name);
        await CaseBundleWriter.WriteAsync(result, graph, path, options);
        return path;
    }

    /// <summary>Reads a UTF-8 text file.</summary>
    public static string Text(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));
}
