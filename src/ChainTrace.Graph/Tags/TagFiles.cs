using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;

namespace ChainTrace.Graph.Tags;

/// <summary>File plumbing shared by the tag readers: strict UTF-8 text, and reading many files in parallel.</summary>
internal static class TagFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text (UTF-8, a BOM is skipped).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not UTF-8 text.</exception>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException e)
        {
            throw TagFileError.Create(path, 0, "the file is not UTF-8 text", e);
        }
    }

    /// <summary>The files under <paramref name="folder"/> (all subfolders) whose name ends in one of the extensions, sorted.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static List<string> Find(string folder, params string[] extensions)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The tag folder '{folder}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Reads the files in parallel (largest first, results in the given order) and combines them. An unreadable file
    /// throws, or with <see cref="UnreadableFilePolicy.Report"/> becomes an error diagnostic.
    /// </summary>
    public static TagLoadResult ReadAll(
        IReadOnlyList<string> files,
        TagSourceKind kind,
        TagReadOptions options,
        Func<string, CancellationToken, TagLoadResult> readOne,
        CancellationToken cancellationToken)
    {
        var results = new TagLoadResult[files.Count];
        var bySize = Enumerable.Range(0, files.Count).OrderByDescending(i => new FileInfo(files[i]).Length).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(bySize, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
                results[i] = ReadOrReport(files[i], kind, options, readOne, cancellationToken));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return TagLoadResult.Combine(results);
    }

    private static TagLoadResult ReadOrReport(
        string file,
        TagSourceKind kind,
        TagReadOptions options,
        Func<string, CancellationToken, TagLoadResult> readOne,
        CancellationToken cancellationToken)
    {
        try
        {
            return readOne(file, cancellationToken);
        }
        catch (InvalidDataException e) when (options.UnreadableFiles == UnreadableFilePolicy.Report)
        {
            var diagnostic = new TagDiagnostic(file, TagFileError.LineOf(e), TagSeverity.Error, TagDiagnosticKind.UnreadableFile, $"the file cannot be read and was skipped: {e.Message}");
            return new TagLoadResult([], [diagnostic], [new TagFileSummary(file, kind, Path.GetFileName(file), 0, 0)]);
        }
    }
}
