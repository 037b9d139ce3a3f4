using System.Numerics;
using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>The receipt fields a transaction row takes, and the receipt's logs.</summary>
internal sealed record DecodedReceipt(
    string TransactionHash,
    int TransactionIndex,
    string? BlockHash,
    int? Status,
    long GasUsed,
    string? ContractAddress,
    BigInteger? EffectiveGasPrice,
    IReadOnlyList<EthereumLogRow> Logs);
