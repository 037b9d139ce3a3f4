namespace ChainTrace.Core.Rows;

/// <summary>A row of the Ethereum <c>logs</c> table (dataset contract).</summary>
/// <param name="BlockNumber">Block number.</param>
/// <param name="TransactionHash">Emitting transaction.</param>
/// <param name="TransactionIndex">Position of the transaction in the block.</param>
/// <param name="LogIndex">Position of the log in the block.</param>
/// <param name="Address">Emitting contract, lowercase 0x hex.</param>
/// <param name="Data">Unindexed data, 0x hex.</param>
/// <param name="Topic0">Event signature topic, or null.</param>
/// <param name="Topic1">First indexed topic, or null.</param>
/// <param name="Topic2">Second indexed topic, or null.</param>
/// <param name="Topic3">Third indexed topic, or null.</param>
public sealed record EthereumLogRow(
    long BlockNumber,
    string TransactionHash,
    int TransactionIndex,
    int LogIndex,
    string Address,
    string Data,
    string? Topic0,
    string? Topic1,
    string? Topic2,
    string? Topic3);
