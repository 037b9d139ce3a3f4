using ChainTrace.Graph.Tags;

namespace ChainTrace.Graph.Tests.Tags;

/// <summary>Files that cannot be read at all, and folder reading.</summary>
public sealed class TagPackReaderFileTests
{
    private const string Pack = "title: t\ncreator: c\nsource: s\nconfidence: forensic\ncurrency: BTC\ntags:\n- address: 1Archive1n2C579dMsAu3iC6tWzuQJz8dN\n  label: a\n- address: 1K1rgZ1dz9w7dsR1HGS1drmzfUHMtqx1Tc\n  label: b\n- address: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy\n  label: c\n";

    private static TagLoadResult Read(string yaml) => new TagPackReader().Read(yaml, "test.yaml");

    [Theory]
    [InlineData("title: t\ntags:\n- address: x\n  label: [unclosed\n", 5)]
    [InlineData("title: t\ntags:\n- address: 'never closed\n", 3)]
    [InlineData("title: t\n  bad: indentation\ntags: []\n", 2)]
    [InlineData("title: t\ntags:\n- address: a\n label: b\n", 4)]
    public void Read_MalformedYaml_ThrowsInvalidDataExceptionWithFileAndLine(string yaml, int line) // line: where YamlDotNet finds the problem
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(yaml));

        Assert.StartsWith($"test.yaml({line}): not valid YAML", e.Message, StringComparison.Ordinal);
        Assert.Equal(line, TagFileError.LineOf(e));
        Assert.Equal("test.yaml", e.Data[TagFileError.FileKey]);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("- a\n- b\n", "the top level is not a mapping")]
    [InlineData("title: t\ncreator: c\n", "there is no 'tags' list")]
    [InlineData("title: t\ntags: many\n", "'tags' is not a list")]
    [InlineData("title: t\n---\ntitle: u\ntags: []\n", "a second YAML document")]
    public void Read_NotATagPack_ThrowsInvalidDataException(string yaml, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(yaml));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_UnreadableFileWithReportPolicy_SkipsItAndReadsTheRest()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Sub("sub"));
        File.WriteAllText(dir.Combine("sub", "good.yml"), Pack);
        File.WriteAllText(dir.Sub("bad.yaml"), "title: t\ntags:\n- address: 'open\n");
        File.WriteAllText(dir.Sub("notes.txt"), "not a pack");

        var strict = Assert.Throws<InvalidDataException>(() => new TagPackReader().ReadFolder(dir.Path));
        var result = new TagPackReader(new TagReadOptions { UnreadableFiles = UnreadableFilePolicy.Report }).ReadFolder(dir.Path);

        Assert.Contains("bad.yaml(3)", strict.Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Tags.Count);
        Assert.Equal([dir.Sub("bad.yaml"), dir.Combine("sub", "good.yml")], result.Files.Select(f => f.File));
        var error = Assert.Single(result.Errors);
        Assert.Equal((dir.Sub("bad.yaml"), 3, TagDiagnosticKind.UnreadableFile), (error.File, error.Line, error.Kind));
    }

    [Fact]
    public void ReadFolder_MissingFolder_ThrowsDirectoryNotFound() =>
        Assert.Throws<DirectoryNotFoundException>(() => new TagPackReader().ReadFolder("/nonexistent/tag/packs"));

    [Fact]
    public void ReadFolder_Cancelled_ThrowsOperationCanceled()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Sub("a.yaml"), Pack);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new TagPackReader().ReadFolder(dir.Path, cancel.Token));
    }

    [Fact]
    public void Constructor_ZeroParallelism_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TagPackReader(new TagReadOptions { MaxDegreeOfParallelism = 0 }));
}
