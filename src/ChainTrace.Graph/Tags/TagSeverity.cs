namespace ChainTrace.Graph.Tags;

/// <summary>How much a <see cref="TagDiagnostic"/> matters.</summary>
public enum TagSeverity
{
    /// <summary>An interpretation worth knowing (e.g. a US-style date read as month/day/year); the entry loaded.</summary>
    Info,

    /// <summary>Something was wrong but the entry loaded (trimmed address, duplicate dropped, unknown currency, …).</summary>
    Warning,

    /// <summary>The entry could not be used and did not load (malformed address, missing address or label, …).</summary>
    Error,
}
