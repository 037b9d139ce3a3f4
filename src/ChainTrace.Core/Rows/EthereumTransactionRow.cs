using System.Numerics;

namespace ChainTrace.Core.Rows;

/// <summary>A row of the Ethereum <c>transactions</c> table with its receipt fields (dataset contract).</summary>
/// <param name="Hash">Transaction hash.</param>
/// <param name="BlockNumber">Block number.</param>
/// <param name="BlockHash">Block hash.</param>
/// <param name="BlockTimestamp">Block time, Unix seconds.</param>
/// <param name="TransactionIndex">Position in the block.</param>
/// <param name="Nonce">Sender nonce.</param>
/// <param name="FromAddress">Sender, lowercase 0x hex.</param>
/// <param name="ToAddress">Recipient; null for contract creation.</param>
/// <param name="Value">Value in wei, exact.</param>
/// <param name="Gas">Gas limit.</param>
/// <param name="GasPrice">Gas price (effective for EIP-1559 transactions) in wei, exact.</param>
/// <param name="Input">Call data, 0x hex.</param>
/// <param name="TransactionType">EIP-2718 type (0 legacy, 1, 2, 3, 4).</param>
/// <param name="ReceiptStatus">1 success, 0 failure; null before Byzantium.</param>
/// <param name="ReceiptGasUsed">Gas used by the transaction.</param>
/// <param name="ReceiptContractAddress">Created contract, or null.</param>
public sealed record EthereumTransactionRow(
    string Hash,
    long BlockNumber,
    string BlockHash,
    long BlockTimestamp,
    int TransactionIndex,
    long Nonce,
    string FromAddress,
    string? ToAddress,
    BigInteger Value,
    long Gas,
    BigInteger GasPrice,
    string Input,
    int TransactionType,
    int? ReceiptStatus,
    long? ReceiptGasUsed,
    string? ReceiptContractAddress);
