using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Parsing;

/// <summary>Where a transaction parsed on its own sits in the chain; copied into its rows.</summary>
/// <param name="BlockNumber">Height of the containing block (0 when unknown).</param>
/// <param name="BlockHash">Hash of the containing block (zero when unknown).</param>
/// <param name="BlockTimestamp">Header time of the containing block, Unix seconds (0 when unknown).</param>
/// <param name="Index">Position of the transaction in its block (0 when unknown).</param>
public readonly record struct TransactionContext(long BlockNumber, Hash256 BlockHash, long BlockTimestamp, int Index);
