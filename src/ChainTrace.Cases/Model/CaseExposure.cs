using System.Numerics;

namespace ChainTrace.Cases;

/// <summary>A row of the exposure table: how much value moved between the case and one category.</summary>
/// <param name="Category">Tag category (e.g. <c>exchange</c>).</param>
/// <param name="Direction">Outgoing or incoming.</param>
/// <param name="Asset">Asset id.</param>
/// <param name="Direct">Value moved in one hop (directly), base units.</param>
/// <param name="Indirect">Value moved over two or more hops, base units.</param>
public sealed record CaseExposure(string Category, ExposureDirection Direction, string Asset, BigInteger Direct, BigInteger Indirect);
