namespace ChainTrace.Scenarios.Bitcoin;

/// <summary>What a generation wrote.</summary>
/// <param name="OutputDirectory">The scenario folder (full path).</param>
/// <param name="BlocksDirectory">Its <c>blocks</c> folder (full path), readable like Bitcoin Core's.</param>
/// <param name="BlockFiles">The blk files, in order (full paths).</param>
/// <param name="Blocks">Blocks, genesis included.</param>
/// <param name="Transactions">Transactions, coinbases included.</param>
/// <param name="Addresses">Distinct addresses the chain pays.</param>
/// <param name="Bytes">Bytes of blk files (framing included).</param>
/// <param name="TipHash">Hash of the last block (display hex).</param>
/// <param name="Victims">Victims who paid.</param>
/// <param name="RansomPaid">Ransom paid, satoshis.</param>
/// <param name="RansomCashedOut">Ransom deposited at exchanges, satoshis.</param>
/// <param name="CashOuts">Cash-out transactions.</param>
/// <param name="Elapsed">Wall time of the generation.</param>
public sealed record BitcoinScenarioSummary(
    string OutputDirectory,
    string BlocksDirectory,
    IReadOnlyList<string> BlockFiles,
    long Blocks,
    long Transactions,
    long Addresses,
    long Bytes,
    string TipHash,
    int Victims,
    long RansomPaid,
    long RansomCashedOut,
    int CashOuts,
    TimeSpan Elapsed)
{
    /// <summary>Generation speed in transactions per second (0 when no time elapsed).</summary>
    public double TransactionsPerSecond => Elapsed > TimeSpan.Zero ? Transactions / Elapsed.TotalSeconds : 0;

    /// <summary>Generation speed in blk megabytes (10^6 bytes) per second (0 when no time elapsed).</summary>
    public double MegabytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}
