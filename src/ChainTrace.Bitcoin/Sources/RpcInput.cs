namespace ChainTrace.Bitcoin.Sources;

/// <summary>An input as the node describes it.</summary>
/// <param name="OutPoint">The spent output, or null for a coinbase input.</param>
/// <param name="Prevout">The spent output's value and script when the node included them (getblock verbosity 3), else null.</param>
public sealed record RpcInput(OutPointId? OutPoint, Prevout? Prevout);
