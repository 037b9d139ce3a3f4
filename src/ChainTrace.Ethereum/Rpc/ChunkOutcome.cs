namespace ChainTrace.Ethereum.Rpc;

/// <summary>What one HTTP request of a batch achieved: the calls still unanswered and why.</summary>
/// <param name="Unanswered">Indexes (into the caller's request list) of calls to retry.</param>
/// <param name="Failure">The failure, or null when every call was answered.</param>
internal sealed record ChunkOutcome(int[] Unanswered, AttemptFailure? Failure);
