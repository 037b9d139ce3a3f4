using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>A row of the exits table: tainted value that reached a tagged address (an exchange, a mixer, …).</summary>
/// <param name="Address">The exit address as stored in the dataset.</param>
/// <param name="Entity">Who it belongs to (tag label), or null.</param>
/// <param name="Category">Tag category, or null.</param>
/// <param name="Asset">Asset id of <paramref name="Amount"/>.</param>
/// <param name="Amount">Tainted value received, base units.</param>
/// <param name="Hops">Fewest hops from a seed.</param>
/// <param name="TxIds">The transactions that paid it (exported sorted).</param>
public sealed record CaseExit(string Address, string? Entity, string? Category, string Asset, BigInteger Amount, int Hops, IReadOnlyList<string> TxIds);
