namespace ChainTrace.Bitcoin.Parsing;

/// <summary>Where one transaction lies in a serialized block, found by <see cref="BlockParser.Scan"/>.</summary>
/// <param name="Offset">Byte offset of the transaction from the start of the block (not of the file).</param>
/// <param name="Length">Serialized length in bytes, witness included.</param>
/// <param name="StrippedLength">Length without marker, flag and witness data, in bytes.</param>
/// <param name="HasWitness">True when the transaction uses the segwit serialization.</param>
/// <param name="InputCount">Number of inputs.</param>
/// <param name="OutputCount">Number of outputs.</param>
public readonly record struct TransactionRange(int Offset, int Length, int StrippedLength, bool HasWitness, int InputCount, int OutputCount);
