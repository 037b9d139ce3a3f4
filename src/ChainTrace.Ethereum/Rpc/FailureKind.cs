namespace ChainTrace.Ethereum.Rpc;

/// <summary>Why one HTTP attempt did not deliver answers.</summary>
internal enum FailureKind
{
    /// <summary>A retry may succeed: connection error, timeout, 429, 5xx, limit errors.</summary>
    Transient,

    /// <summary>The answer was not valid JSON-RPC (truncated, not JSON, missing ids); retried, then bad data.</summary>
    Malformed,

    /// <summary>Retrying cannot help: 401/403/404, an answer above the size limit.</summary>
    Fatal,
}
