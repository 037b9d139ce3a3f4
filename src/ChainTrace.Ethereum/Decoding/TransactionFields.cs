using System.Numerics;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>The fields of a transaction from <c>eth_getBlockByNumber</c>, before its receipt is joined.</summary>
internal sealed record TransactionFields(
    string Hash,
    int Index,
    long Nonce,
    string From,
    string? To,
    BigInteger Value,
    long Gas,
    BigInteger? GasPrice,
    string Input,
    int Type);
