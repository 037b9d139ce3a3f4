namespace ChainTrace.Bitcoin.Sources;

/// <summary>An output that an input spends, as a node reports it (getblock verbosity 3 or getrawtransaction).</summary>
/// <param name="OutPoint">The spent output's txid and index.</param>
/// <param name="Value">Value in satoshis.</param>
/// <param name="ScriptPubKey">The output script bytes.</param>
/// <param name="Height">Height of the block that created the output, when the node reports it (verbosity 3); else null.</param>
/// <param name="IsCoinbase">True when a coinbase created the output, when the node reports it (verbosity 3); else null.</param>
/// <param name="NodeScriptType">The node's script type name (Core's <c>scriptPubKey.type</c>), for cross-checks; null when absent.</param>
/// <param name="NodeAddress">The node's address for the script, for cross-checks; null when it has none.</param>
public sealed record Prevout(
    OutPointId OutPoint,
    long Value,
    ReadOnlyMemory<byte> ScriptPubKey,
    long? Height,
    bool? IsCoinbase,
    string? NodeScriptType,
    string? NodeAddress);
