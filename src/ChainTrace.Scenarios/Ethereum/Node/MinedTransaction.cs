using System.Numerics;

namespace ChainTrace.Scenarios.Ethereum.Node;

/// <summary>A scenario transaction after mining.</summary>
/// <param name="Intent">What was sent.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="BlockNumber">Its block.</param>
/// <param name="Index">Its position in the block.</param>
/// <param name="GasUsed">Gas it used.</param>
/// <param name="ContractAddress">The created contract, or null.</param>
internal sealed record MinedTransaction(TransactionIntent Intent, string Hash, long BlockNumber, int Index, BigInteger GasUsed, string? ContractAddress);
