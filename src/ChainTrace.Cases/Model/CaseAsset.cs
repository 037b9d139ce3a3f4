namespace ChainTrace.Cases;

/// <summary>An asset amounts are counted in, with how to show its base units to people.</summary>
/// <param name="Id">The id used in nodes, edges and tables: <c>BTC</c>, <c>ETH</c>, or a token contract address.</param>
/// <param name="Symbol">What people call it (<c>BTC</c>, <c>USDT</c>).</param>
/// <param name="Decimals">Base units per whole coin as a power of ten (8 for BTC, 18 for ETH), or null when unknown:
/// amounts are then shown in raw units.</param>
public sealed record CaseAsset(string Id, string Symbol, int? Decimals)
{
    /// <summary>Bitcoin: id and symbol <c>BTC</c>, 8 decimals (satoshi).</summary>
    public static CaseAsset Bitcoin { get; } = new("BTC", "BTC", 8);

    /// <summary>Ether: id and symbol <c>ETH</c>, 18 decimals (wei).</summary>
    public static CaseAsset Ether { get; } = new("ETH", "ETH", 18);
}
