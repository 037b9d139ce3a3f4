namespace ChainTrace.Cases;

/// <summary>The file names of a case bundle (the folder <c>chaintrace case run</c> writes).</summary>
public static class CaseBundleFiles
{
    /// <summary>The self-contained HTML report.</summary>
    public const string Report = "report.html";

    /// <summary>The flow graph as GraphML.</summary>
    public const string GraphMl = "graph.graphml";

    /// <summary>The flow graph as GEXF 1.3.</summary>
    public const string Gexf = "graph.gexf";

    /// <summary>One row per edge of the flow graph.</summary>
    public const string Flows = "flows.csv";

    /// <summary>One row per address of the flow graph.</summary>
    public const string Addresses = "addresses.csv";

    /// <summary>The machine-readable answer.</summary>
    public const string Result = "result.json";

    /// <summary>SHA-256 of every other file and of the inputs.</summary>
    public const string Manifest = "manifest.json";

    /// <summary>Every file a bundle holds, manifest last.</summary>
    public static IReadOnlyList<string> All { get; } = [Addresses, Flows, Gexf, GraphMl, Report, Result, Manifest];
}
