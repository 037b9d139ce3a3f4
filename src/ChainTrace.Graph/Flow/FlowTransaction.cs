using ChainTrace.Core;

namespace ChainTrace.Graph;

/// <summary>A transaction node of a <see cref="FlowGraph"/>, as seen through <see cref="FlowGraph.Transaction(int)"/>.</summary>
/// <param name="Id">Dense node id, in chronological order (block, position in block, <paramref name="Sub"/>).</param>
/// <param name="Hash">The chain transaction hash (several nodes share it on Ethereum: value, internal and token transfers).</param>
/// <param name="Kind">What the node stands for.</param>
/// <param name="Block">Block height.</param>
/// <param name="Position">Index of the transaction in its block.</param>
/// <param name="Sub">
/// Which part of the chain transaction: 0 for Bitcoin and for an ether transfer; the log index for a token transfer;
/// the depth-first trace number for an internal transfer; -1 for a fee.
/// </param>
/// <param name="Timestamp">Block time, Unix seconds.</param>
/// <param name="Asset">The asset moved (index into <see cref="FlowGraph.Assets"/>; 0 is the chain's native coin).</param>
public readonly record struct FlowTransaction(int Id, Hash256 Hash, FlowTransactionKind Kind, int Block, int Position, int Sub, long Timestamp, int Asset);
