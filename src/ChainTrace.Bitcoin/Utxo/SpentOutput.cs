namespace ChainTrace.Bitcoin.Utxo;

/// <summary>What an input learns about the output it spends.</summary>
/// <param name="Value">Value in satoshis.</param>
/// <param name="Type">Script type name (<see cref="Core.Rows.ScriptTypeNames"/>).</param>
/// <param name="Address">Address, or null for scripts without one.</param>
public readonly record struct SpentOutput(long Value, string Type, string? Address);
