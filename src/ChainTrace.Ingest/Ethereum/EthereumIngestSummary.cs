using ChainTrace.Ethereum.Source;

namespace ChainTrace.Ingest.Ethereum;

/// <summary>What an Ethereum ingest run did.</summary>
/// <param name="FirstBlock">First block written in this run, or null when nothing was written.</param>
/// <param name="LastBlock">Last block in the dataset after the run, or null for an empty dataset.</param>
/// <param name="Tip">The node's latest block when the run started (or after the last reorg).</param>
/// <param name="Target">The last block the run aimed at (<c>min(To, Tip − Confirmations)</c>).</param>
/// <param name="Blocks">Blocks written in this run (re-ingested blocks after a reorg count again).</param>
/// <param name="Transactions">Transactions written.</param>
/// <param name="Logs">Logs written.</param>
/// <param name="TokenTransfers">Token transfers written.</param>
/// <param name="Traces">Trace rows written.</param>
/// <param name="MalformedTokenEvents">Logs with a transfer signature but a non-standard layout (not decoded).</param>
/// <param name="Reorgs">Reorganisations met and repaired, in order.</param>
/// <param name="TraceMode">The trace source used (<see cref="TraceMode.None"/> when the node offers no traces).</param>
/// <param name="ReceiptMode">The receipt method used.</param>
/// <param name="Resumed">True when the run continued an existing checkpoint.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record EthereumIngestSummary(
    long? FirstBlock,
    long? LastBlock,
    long Tip,
    long Target,
    long Blocks,
    long Transactions,
    long Logs,
    long TokenTransfers,
    long Traces,
    long MalformedTokenEvents,
    IReadOnlyList<EthereumReorg> Reorgs,
    TraceMode TraceMode,
    ReceiptMode ReceiptMode,
    bool Resumed,
    TimeSpan Elapsed);
