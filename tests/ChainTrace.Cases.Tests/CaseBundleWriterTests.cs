using System.Text.Json;

namespace ChainTrace.Cases.Tests;

public sealed class CaseBundleWriterTests
{
    [Fact]
    public async Task WriteAsync_SameResultTwice_GivesByteIdenticalFiles()
    {
        using var dir = new TempDirectory();
        var first = await CaseAssert.WriteSampleBundleAsync(dir, "one");
        var second = await CaseAssert.WriteSampleBundleAsync(dir, "two");

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(CaseBundleFiles.All.Order(StringComparer.Ordinal), names);
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name!)), File.ReadAllBytes(Path.Combine(second, name!)));
        }
    }

    [Fact]
    public async Task WriteAsync_InputsInOtherOrder_GivesByteIdenticalFiles()
    {
        using var dir = new TempDirectory();
        var (result, graph) = SampleCase.Bitcoin();
        var shuffled = new CaseGraph(graph.Nodes.Reverse(), graph.Edges.Reverse());
        var reordered = result with
        {
            Exits = [.. result.Exits.Reverse()],
            Exposure = [.. result.Exposure.Reverse()],
            Flags = [.. result.Flags.Select(flag => new CaseFlag(flag.Address, flag.Score, [.. flag.Patterns.Reverse()], [.. flag.Evidence.Reverse()]))],
            Parameters = result.Parameters with { Extra = new Dictionary<string, string> { ["a_mode"] = "exact", ["z_engine"] = "test" } },
        };

        var first = await CaseBundleWriter.WriteAsync(result, graph, dir.Sub("one"));
        var second = await CaseBundleWriter.WriteAsync(reordered, shuffled, dir.Sub("two"));

        Assert.Equal(first.Files, second.Files);
        Assert.Equal(File.ReadAllBytes(dir.Combine("one", "manifest.json")), File.ReadAllBytes(dir.Combine("two", "manifest.json")));
    }

    [Fact]
    public async Task WriteAsync_Manifest_ListsEveryFileWithItsHashAndTheInputs()
    {
        using var dir = new TempDirectory();
        var path = await CaseAssert.WriteSampleBundleAsync(dir);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(path, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(
            ["addresses.csv", "flows.csv", "graph.gexf", "graph.graphml", "report.html", "result.json"],
            files.Select(file => file.GetProperty("path").GetString()));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(path, file.GetProperty("path").GetString()!));
            Assert.Equal(ManifestWriter.Sha256Of(bytes), file.GetProperty("sha256").GetString());
            Assert.Equal(bytes.LongLength, file.GetProperty("size").GetInt64());
        }

        var input = Assert.Single(manifest.RootElement.GetProperty("inputs").EnumerateArray());
        Assert.Equal("case_file", input.GetProperty("role").GetString());
        Assert.Equal(new string('e', 64), input.GetProperty("sha256").GetString());
        Assert.Equal(64, manifest.RootElement.GetProperty("self_sha256").GetString()!.Length);
        Assert.DoesNotContain("\r", File.ReadAllText(Path.Combine(path, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NonEmptyFolder_ThrowsUnlessOverwritingABundle()
    {
        using var dir = new TempDirectory();
        var (result, graph) = SampleCase.Bitcoin();
        File.WriteAllText(dir.Sub("notes.txt"), "mine");

        var error = await Assert.ThrowsAsync<IOException>(() => CaseBundleWriter.WriteAsync(result, graph, dir.Path));
        Assert.Contains("is not empty", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<IOException>(() => CaseBundleWriter.WriteAsync(result, graph, dir.Path, new CaseBundleOptions { Overwrite = true }));

        var bundle = await CaseAssert.WriteSampleBundleAsync(dir, "bundle");
        await CaseBundleWriter.WriteAsync(result, graph, bundle, new CaseBundleOptions { Overwrite = true });
        Assert.True(CaseBundleVerifier.Verify(bundle).IsIntact);
        Assert.Equal(7, Directory.GetFiles(bundle).Length);
    }

    [Fact]
    public async Task InputFile_FromFile_HashesBytes()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("case.yaml"), "abc");

        var input = await CaseInputFile.FromFileAsync("case_file", dir.Sub("case.yaml"));

        Assert.Equal(new CaseInputFile("case_file", "case.yaml", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3), input);
    }

    [Fact]
    public void CaseGraph_EdgeToUnknownNode_Throws()
    {
        var node = CaseNode.ForAddress("1A", 0, 1, "BTC");
        var edge = new CaseEdge(node.Id, "a:missing", "BTC", 1, 1, DateTimeOffset.UnixEpoch, "tx", 0);

        Assert.Throws<ArgumentException>(() => new CaseGraph([node], [edge]));
        Assert.Throws<ArgumentException>(() => new CaseGraph([node, node], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseEdge(node.Id, node.Id, "BTC", 1, 2, DateTimeOffset.UnixEpoch, "tx", 0));
        Assert.Throws<ArgumentException>(() => node with { Attributes = new Dictionary<string, string> { ["label"] = "x" } });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseFlag("1A", double.NaN, [], []));
    }
}
