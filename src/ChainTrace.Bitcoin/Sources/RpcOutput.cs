namespace ChainTrace.Bitcoin.Sources;

/// <summary>An output as the node describes it.</summary>
/// <param name="Index">Output index (vout).</param>
/// <param name="Value">Value in satoshis.</param>
/// <param name="ScriptPubKey">The output script bytes.</param>
/// <param name="NodeScriptType">The node's script type name, or null when absent.</param>
/// <param name="NodeAddress">The node's address (<c>address</c>, or a single entry of the older <c>addresses</c>), or null.</param>
public sealed record RpcOutput(int Index, long Value, ReadOnlyMemory<byte> ScriptPubKey, string? NodeScriptType, string? NodeAddress);
