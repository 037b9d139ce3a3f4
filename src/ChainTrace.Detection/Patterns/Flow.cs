namespace ChainTrace.Detection;

/// <summary>One movement of an address: the transaction node, its time (Unix seconds) and the value in coins.</summary>
internal readonly record struct Flow(int Tx, long Time, double Value);
