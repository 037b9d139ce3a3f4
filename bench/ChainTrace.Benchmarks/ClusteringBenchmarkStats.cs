namespace ChainTrace.Benchmarks;

/// <summary>Sizes of the clustering benchmark's graph, written by its setup for <see cref="ClusteringThroughputColumn"/>.</summary>
/// <param name="Transactions">Transaction nodes.</param>
/// <param name="Inputs">Input legs in the graph.</param>
/// <param name="MultiInputLegs">Input legs of the transactions the multi-input pass merges (two or more inputs, not a round).</param>
/// <param name="Addresses">Addresses.</param>
/// <param name="GraphBytes">The flow graph's array bytes.</param>
/// <param name="ClusteringBytes">The clustering result's array bytes (cluster ids, sizes, evidence store).</param>
/// <param name="UnionFindBytes">The union-find's array bytes during the run.</param>
/// <param name="Merges">Evidence records kept.</param>
public sealed record ClusteringBenchmarkStats(int Transactions, int Inputs, long MultiInputLegs, int Addresses, long GraphBytes, long ClusteringBytes, long UnionFindBytes, int Merges);
