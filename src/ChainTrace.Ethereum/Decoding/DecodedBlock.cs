using ChainTrace.Core.Rows;

namespace ChainTrace.Ethereum.Decoding;

/// <summary>A block header row and its transactions in block order, before receipts and traces are joined.</summary>
internal sealed record DecodedBlock(EthereumBlockRow Block, IReadOnlyList<TransactionFields> Transactions);
