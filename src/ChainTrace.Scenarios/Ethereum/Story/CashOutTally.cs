using System.Globalization;
using System.Numerics;
using ChainTrace.Scenarios.Ethereum.AnswerKeys;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>Adds up the ransom each operator deposit address receives.</summary>
internal sealed class CashOutTally
{
    private readonly Dictionary<string, (string Exchange, string Customer, BigInteger Eth, BigInteger Token, List<string> Hashes)> _byAddress = new(StringComparer.Ordinal);

    /// <summary>Opens an (empty) entry for a deposit address of the operator.</summary>
    public void Open(string depositAddress, string exchange, string customer) =>
        _byAddress.TryAdd(depositAddress, (exchange, customer, BigInteger.Zero, BigInteger.Zero, []));

    /// <summary>Records one cash-out transaction.</summary>
    public void Add(string depositAddress, string hash, BigInteger eth, BigInteger token)
    {
        var entry = _byAddress[depositAddress];
        entry.Hashes.Add(hash);
        _byAddress[depositAddress] = entry with { Eth = entry.Eth + eth, Token = entry.Token + token };
    }

    /// <summary>The tallies, sorted by address, hashes in the order <paramref name="chainOrder"/> gives.</summary>
    public IReadOnlyList<EthereumCashOut> ToKey(Func<string, (long Block, int Index)> chainOrder) =>
    [
        .. _byAddress.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new EthereumCashOut(
            p.Key,
            p.Value.Exchange,
            p.Value.Customer,
            p.Value.Eth.ToString(CultureInfo.InvariantCulture),
            p.Value.Token.ToString(CultureInfo.InvariantCulture),
            [.. p.Value.Hashes.OrderBy(chainOrder)])),
    ];
}
