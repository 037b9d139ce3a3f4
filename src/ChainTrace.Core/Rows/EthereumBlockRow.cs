using System.Numerics;

namespace ChainTrace.Core.Rows;

/// <summary>A row of the Ethereum <c>blocks</c> table (dataset contract). Hashes and addresses are lowercase 0x hex.</summary>
/// <param name="Number">Block number.</param>
/// <param name="Hash">Block hash.</param>
/// <param name="ParentHash">Parent block hash.</param>
/// <param name="Timestamp">Block time, Unix seconds.</param>
/// <param name="Miner">Fee recipient address.</param>
/// <param name="GasLimit">Gas limit.</param>
/// <param name="GasUsed">Gas used.</param>
/// <param name="BaseFeePerGas">EIP-1559 base fee in wei; null before London.</param>
/// <param name="TransactionCount">Number of transactions.</param>
public sealed record EthereumBlockRow(
    long Number,
    string Hash,
    string ParentHash,
    long Timestamp,
    string Miner,
    long GasLimit,
    long GasUsed,
    BigInteger? BaseFeePerGas,
    int TransactionCount);
