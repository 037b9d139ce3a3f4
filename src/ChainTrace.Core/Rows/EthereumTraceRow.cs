using System.Numerics;

namespace ChainTrace.Core.Rows;

/// <summary>A row of the Ethereum <c>traces</c> table (dataset contract): one call frame, flattened.</summary>
/// <param name="BlockNumber">Block number.</param>
/// <param name="TransactionHash">Transaction hash; null for block rewards.</param>
/// <param name="TraceAddress">Path of the frame in the call tree, comma-separated child indexes (empty for the root).</param>
/// <param name="TraceType"><c>call</c>, <c>create</c>, <c>suicide</c> or <c>reward</c>.</param>
/// <param name="CallType"><c>call</c>, <c>delegatecall</c>, <c>staticcall</c>, <c>callcode</c>, or null.</param>
/// <param name="FromAddress">Caller, lowercase 0x hex.</param>
/// <param name="ToAddress">Callee or created contract, or null.</param>
/// <param name="Value">Value moved in wei, exact.</param>
/// <param name="Status">1 when the frame succeeded, 0 when it (or a parent) failed.</param>
/// <param name="Error">The node's error text for a failed frame, or null.</param>
public sealed record EthereumTraceRow(
    long BlockNumber,
    string? TransactionHash,
    string TraceAddress,
    string TraceType,
    string? CallType,
    string? FromAddress,
    string? ToAddress,
    BigInteger Value,
    int Status,
    string? Error);
