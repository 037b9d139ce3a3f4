using System.Text;

namespace ChainTrace.Cases.Tests;

public sealed class CaseBundleVerifierTests
{
    public static TheoryData<string> BundleFiles => [.. CaseBundleFiles.All];

    [Fact]
    public async Task Verify_UntouchedBundle_IsIntact()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.True(result.IsIntact, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(ManifestWriter.Sha256Of(File.ReadAllBytes(Path.Combine(bundle, "manifest.json"))), result.ManifestSha256);
    }

    [Theory]
    [MemberData(nameof(BundleFiles))]
    public async Task Verify_OneByteChanged_ReportsThatFile(string file)
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        var path = Path.Combine(bundle, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.False(result.IsIntact);
        Assert.Equal([file], result.Changed);
        Assert.Empty(result.Missing);
        Assert.Empty(result.Extra);
        Assert.StartsWith($"changed: {file}", result.Problems[0], StringComparison.Ordinal);
        Assert.All(result.Problems.Skip(1), problem => Assert.StartsWith("cannot be confirmed", problem, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BundleFiles))]
    public async Task Verify_FileDeleted_ReportsMissing(string file)
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        File.Delete(Path.Combine(bundle, file));

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.False(result.IsIntact);
        Assert.Equal([file], result.Missing);
        Assert.Empty(result.Changed);
        Assert.Empty(result.Extra);
    }

    [Fact]
    public async Task Verify_FilesAdded_ReportsExtraAtAnyDepth()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        File.WriteAllText(Path.Combine(bundle, "notes.txt"), "x");
        Directory.CreateDirectory(Path.Combine(bundle, "sub"));
        File.WriteAllText(Path.Combine(bundle, "sub", "report.html"), "x");

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.False(result.IsIntact);
        Assert.Equal(["notes.txt", "sub/report.html"], result.Extra);
        Assert.Empty(result.Changed);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public async Task Verify_FileAndItsManifestHashBothEdited_ReportsManifest()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        var flows = Path.Combine(bundle, "flows.csv");
        var oldBytes = File.ReadAllBytes(flows);
        var oldHash = ManifestWriter.Sha256Of(oldBytes);
        File.AppendAllText(flows, "0,2017-01-01T00:00:00Z,x,y,,z,,BTC,1,1\n");
        var newBytes = File.ReadAllBytes(flows);
        var manifestPath = Path.Combine(bundle, "manifest.json");
        var manifest = File.ReadAllText(manifestPath);
        var oldSize = $"\"size\": {oldBytes.Length}";
        Assert.Contains(oldHash, manifest, StringComparison.Ordinal);
        manifest = manifest.Replace(oldHash, ManifestWriter.Sha256Of(newBytes), StringComparison.Ordinal)
            .Replace(oldSize, $"\"size\": {newBytes.Length}", StringComparison.Ordinal);
        File.WriteAllText(manifestPath, manifest);

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.Equal(["manifest.json"], result.Changed);
        Assert.Contains("self_sha256 does not match", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestReformatted_ReportsManifest()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        var manifestPath = Path.Combine(bundle, "manifest.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false));

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.Equal(["manifest.json"], result.Changed);
        Assert.Contains("not in the form the writer produces", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestListingPathOutsideBundle_ReportsManifest()
    {
        using var dir = new TempDirectory();
        var bundle = await CaseAssert.WriteSampleBundleAsync(dir);
        var manifest = new CaseManifest("0.1.0", [new CaseManifestEntry("../outside.txt", new string('0', 64), 1)], []);
        File.WriteAllBytes(Path.Combine(bundle, "manifest.json"), ManifestWriter.Render(manifest));

        var result = CaseBundleVerifier.Verify(bundle);

        Assert.Equal(["manifest.json"], result.Changed);
        Assert.Contains(result.Problems, problem => problem.Contains("unsafe path '../outside.txt'", StringComparison.Ordinal));
        Assert.Empty(result.Extra);
        Assert.Contains("cannot be confirmed against the altered manifest: extra: result.json (not in the manifest)", result.Problems);
    }

    [Fact]
    public void Verify_NoFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => CaseBundleVerifier.Verify("/nonexistent/bundle"));
    }
}
