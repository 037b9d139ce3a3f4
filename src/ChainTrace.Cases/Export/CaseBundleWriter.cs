namespace ChainTrace.Cases;

/// <summary>
/// Writes a case bundle: <c>report.html</c>, <c>graph.graphml</c>, <c>graph.gexf</c>, <c>flows.csv</c>,
/// <c>addresses.csv</c>, <c>result.json</c> and last <c>manifest.json</c> with the SHA-256 of each and of the inputs
/// (<see cref="CaseProvenance.Inputs"/>). Every file is rendered in memory from sorted data with invariant culture,
/// UTF-8 without BOM and LF line ends, and nothing records the time of writing, so the same result and graph give a
/// byte-identical bundle. Each file is written to a temporary name and renamed, the manifest last, so a bundle with a
/// manifest is complete.
/// </summary>
public static class CaseBundleWriter
{
    /// <summary>Writes the bundle.</summary>
    /// <param name="result">The case answer.</param>
    /// <param name="graph">The flow graph.</param>
    /// <param name="outputDirectory">The bundle folder; created when absent.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The manifest written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outputDirectory"/> is empty.</exception>
    /// <exception cref="IOException">The folder is not empty (and not a bundle to overwrite), or a write fails.</exception>
    public static async Task<CaseManifest> WriteAsync(
        CaseResult result, CaseGraph graph, string outputDirectory, CaseBundleOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        options ??= new CaseBundleOptions();
        PrepareDirectory(outputDirectory, options.Overwrite);

        var files = Render(result, graph, options);
        var entries = new List<CaseManifestEntry>(files.Count);
        foreach (var (name, bytes) in files)
        {
            entries.Add(new CaseManifestEntry(name, ManifestWriter.Sha256Of(bytes), bytes.LongLength));
            await WriteAtomicallyAsync(Path.Combine(outputDirectory, name), bytes, cancellationToken);
        }

        var manifest = new CaseManifest(result.Provenance.ToolVersion, entries, CaseOrdering.Inputs(result.Provenance.Inputs));
        await WriteAtomicallyAsync(Path.Combine(outputDirectory, CaseBundleFiles.Manifest), ManifestWriter.Render(manifest), cancellationToken);
        return manifest;
    }

    /// <summary>Renders every file except the manifest, sorted by name.</summary>
    internal static SortedDictionary<string, byte[]> Render(CaseResult result, CaseGraph graph, CaseBundleOptions options)
    {
        static byte[] Bytes(Action<Stream> write)
        {
            using var buffer = new MemoryStream();
            write(buffer);
            return buffer.ToArray();
        }

        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [CaseBundleFiles.Addresses] = Bytes(stream => AddressesCsvWriter.Write(result, graph, stream)),
            [CaseBundleFiles.Flows] = Bytes(stream => FlowsCsvWriter.Write(graph, stream)),
            [CaseBundleFiles.Gexf] = Bytes(stream => GexfWriter.Write(graph, stream, result.Definition.Title, result.Parameters.Direction)),
            [CaseBundleFiles.GraphMl] = Bytes(stream => GraphMlWriter.Write(graph, stream)),
            [CaseBundleFiles.Report] = Bytes(stream => HtmlReportWriter.Write(result, graph, stream, options.MaxDrawnNodes)),
            [CaseBundleFiles.Result] = Bytes(stream => ResultJsonWriter.Write(result, graph, stream)),
        };
    }

    private static void PrepareDirectory(string directory, bool overwrite)
    {
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            return;
        }

        if (!Directory.EnumerateFileSystemEntries(directory).Any())
        {
            return;
        }

        if (!overwrite)
        {
            throw new IOException($"Output folder '{directory}' is not empty; choose a new folder for the case bundle.");
        }

        if (!File.Exists(Path.Combine(directory, CaseBundleFiles.Manifest)))
        {
            throw new IOException($"Output folder '{directory}' is not empty and holds no case bundle (no {CaseBundleFiles.Manifest}); refusing to overwrite it.");
        }

        // The manifest goes first, so an interrupted rewrite never leaves an old manifest over new files.
        File.Delete(Path.Combine(directory, CaseBundleFiles.Manifest));
        foreach (var name in CaseBundleFiles.All)
        {
            File.Delete(Path.Combine(directory, name));
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".partial";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
