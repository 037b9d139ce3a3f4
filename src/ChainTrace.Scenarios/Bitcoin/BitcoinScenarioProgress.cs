namespace ChainTrace.Scenarios.Bitcoin;

/// <summary>Progress of a generation, reported after every block.</summary>
/// <param name="Blocks">Blocks written (genesis included).</param>
/// <param name="Transactions">Transactions written.</param>
/// <param name="TargetTransactions">The transactions the chain will have (<see cref="BitcoinScenarioOptions.Transactions"/>).</param>
/// <param name="Bytes">Bytes written to blk files.</param>
public readonly record struct BitcoinScenarioProgress(long Blocks, long Transactions, long TargetTransactions, long Bytes);
