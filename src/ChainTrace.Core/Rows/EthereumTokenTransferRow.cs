using System.Numerics;

namespace ChainTrace.Core.Rows;

/// <summary>A row of the Ethereum <c>token_transfers</c> table (dataset contract).</summary>
/// <param name="BlockNumber">Block number.</param>
/// <param name="TransactionHash">Transaction that emitted the transfer event.</param>
/// <param name="LogIndex">Log index of the event; a TransferBatch yields one row per id with the same log index.</param>
/// <param name="TokenAddress">Token contract, lowercase 0x hex.</param>
/// <param name="Standard"><c>erc20</c>, <c>erc721</c> or <c>erc1155</c>.</param>
/// <param name="FromAddress">Sender (zero address for mints).</param>
/// <param name="ToAddress">Recipient (zero address for burns).</param>
/// <param name="TokenId">Token id for ERC-721/1155, exact; null for ERC-20.</param>
/// <param name="Value">Amount in the token's base unit, exact (1 for ERC-721).</param>
public sealed record EthereumTokenTransferRow(
    long BlockNumber,
    string TransactionHash,
    int LogIndex,
    string TokenAddress,
    string Standard,
    string FromAddress,
    string ToAddress,
    BigInteger? TokenId,
    BigInteger Value);
