namespace ChainTrace.Ethereum.Rpc;

/// <summary>Counters of a <see cref="JsonRpcClient"/> since it was created.</summary>
/// <param name="HttpRequests">HTTP requests sent, retries included.</param>
/// <param name="Calls">JSON-RPC calls answered (each call of a batch counts once).</param>
/// <param name="Retries">Rounds of retries after transient failures.</param>
/// <param name="BytesReceived">Bytes of answer bodies received.</param>
public sealed record JsonRpcClientStatistics(long HttpRequests, long Calls, long Retries, long BytesReceived);
