namespace ChainTrace.Graph.Tracing;

/// <summary>One hop of the explanation of how an amount got somewhere.</summary>
/// <param name="Hop">Hop number (1 = first transaction after the seed).</param>
/// <param name="Transaction">Transaction node id.</param>
/// <param name="TransactionText">Its hash as stored.</param>
/// <param name="Timestamp">Block time, Unix seconds.</param>
/// <param name="FromAddress">The address the taint came from at this hop (the larger contributor), or null.</param>
/// <param name="ToAddress">The address it went to at this hop, or null.</param>
/// <param name="TaintIn">Taint entering the transaction.</param>
/// <param name="ValueIn">All value entering the transaction.</param>
/// <param name="TaintOut">Taint carried on to the next hop by this path.</param>
/// <param name="Rule">The policy's reasoning in words.</param>
public sealed record TraceStep(int Hop, int Transaction, string TransactionText, long Timestamp, string? FromAddress, string? ToAddress, UInt128 TaintIn, UInt128 ValueIn, UInt128 TaintOut, string Rule);
