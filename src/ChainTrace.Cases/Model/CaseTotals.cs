using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>The summary figures of a case for one asset, all in base units.</summary>
/// <param name="Asset">Asset id.</param>
/// <param name="Seeded">Total tainted value at the seeds.</param>
/// <param name="ReachingExits">Total that reached an exit (a tagged address where the trace stopped).</param>
/// <param name="Held">Total still held at untagged addresses at the end of the trace.</param>
/// <param name="Fees">Total paid as transaction fees on the way.</param>
public sealed record CaseTotals(string Asset, BigInteger Seeded, BigInteger ReachingExits, BigInteger Held, BigInteger Fees);
