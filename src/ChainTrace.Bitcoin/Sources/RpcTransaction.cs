using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>A transaction as the node describes it (in <c>getblock</c> verbosity 2/3 or verbose <c>getrawtransaction</c>).</summary>
/// <param name="Txid">Transaction id, wire order.</param>
/// <param name="WitnessHash">wtxid, wire order (equal to <paramref name="Txid"/> without witness data).</param>
/// <param name="Raw">The serialized transaction (the node's <c>hex</c>).</param>
/// <param name="Inputs">The inputs, in order.</param>
/// <param name="Outputs">The outputs, in order.</param>
/// <param name="BlockHash">The containing block when the node says (getrawtransaction), else null.</param>
public sealed record RpcTransaction(
    Hash256 Txid,
    Hash256 WitnessHash,
    ReadOnlyMemory<byte> Raw,
    IReadOnlyList<RpcInput> Inputs,
    IReadOnlyList<RpcOutput> Outputs,
    Hash256? BlockHash);
