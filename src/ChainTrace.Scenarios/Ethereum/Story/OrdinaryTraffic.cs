using System.Globalization;
using System.Numerics;
using ChainTrace.Scenarios.Ethereum.Node;
using P = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumTransactionPurposes;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// Everyday traffic around the case: users paying each other ETH, trading the stablecoin, depositing at their exchange
/// and withdrawing from it. Each sender's budget is checked so nothing fails on chain.
/// </summary>
internal sealed class OrdinaryTraffic(ScenarioWorld world, IReadOnlyList<string> users, IReadOnlyList<ScenarioExchange> exchanges, long seed)
{
    private readonly ScenarioRandom _random = new(seed, "ordinary");

    /// <summary>The exchange user <paramref name="index"/> banks with.</summary>
    public ScenarioExchange ExchangeOf(int index) => exchanges[index % exchanges.Count];

    /// <summary>Entity id of user <paramref name="index"/>.</summary>
    public static string UserId(int index) => string.Create(CultureInfo.InvariantCulture, $"user-{index + 1}");

    /// <summary>Sends <paramref name="count"/> ordinary transactions into the pending block.</summary>
    public async Task SendAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var u = _random.Index(users.Count);
            var user = users[u];
            var kind = _random.Next(0, 100);
            var gasCost = ScenarioWorld.TokenGas * ScenarioNode.GasPrice;
            if (kind < 35)
            {
                var value = Eth(1, 5_000);
                var to = Other(u);
                if (world.EthBudget(user) >= value + ScenarioNode.TransferCost)
                {
                    await world.SendEthAsync(user, users[to], value, P.Ordinary, $"{UserId(u)} pays {UserId(to)}", cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }
            else if (kind < 60)
            {
                var units = Usd(10, 2_000);
                var to = Other(u);
                if (world.TokenBalance(user) >= units && world.EthBudget(user) >= gasCost)
                {
                    await world.SendTokenAsync(user, users[to], units, P.Ordinary, $"{UserId(u)} pays {UserId(to)} in USDX", cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }
            else if (kind < 75)
            {
                var value = Eth(1_000, 20_000);
                if (world.EthBudget(user) >= value + ScenarioNode.TransferCost)
                {
                    var exchange = ExchangeOf(u);
                    await world.SendEthAsync(user, exchange.DepositFor(UserId(u)), value, P.Ordinary, $"{UserId(u)} deposits ETH at {exchange.Id}", cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }
            else if (kind < 85)
            {
                var units = Usd(100, 5_000);
                if (world.TokenBalance(user) >= units && world.EthBudget(user) >= gasCost)
                {
                    var exchange = ExchangeOf(u);
                    await world.SendTokenAsync(user, exchange.DepositFor(UserId(u)), units, P.Ordinary, $"{UserId(u)} deposits USDX at {exchange.Id}", cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            await WithdrawAsync(u, kind % 2 == 0, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The user's exchange pays out ETH or stablecoin to the user (the fallback when the user cannot pay).</summary>
    private async Task WithdrawAsync(int u, bool token, CancellationToken cancellationToken)
    {
        var exchange = ExchangeOf(u);
        var hot = exchange.HotWallet;
        var units = Usd(50, 3_000);
        if (token && world.TokenBalance(hot) >= units && world.EthBudget(hot) >= ScenarioWorld.TokenGas * ScenarioNode.GasPrice)
        {
            await world.SendTokenAsync(hot, users[u], units, P.Ordinary, $"{exchange.Id} pays out USDX to {UserId(u)}", cancellationToken).ConfigureAwait(false);
            return;
        }

        var value = Eth(500, 30_000);
        if (world.EthBudget(hot) < value + ScenarioNode.TransferCost)
        {
            throw new InvalidOperationException($"The hot wallet of {exchange.Id} ran dry; lower the number of ordinary transactions.");
        }

        await world.SendEthAsync(hot, users[u], value, P.Ordinary, $"{exchange.Id} pays out ETH to {UserId(u)}", cancellationToken).ConfigureAwait(false);
    }

    private int Other(int u) => (u + 1 + _random.Index(users.Count - 1)) % users.Count;

    /// <summary>A random ETH amount in [min, max) ten-thousandths of an ETH, in wei.</summary>
    private BigInteger Eth(long min, long max) => _random.Next(min, max) * BigInteger.Pow(10, 14);

    /// <summary>A random USDX amount in [min, max) dollars with cents, in base units.</summary>
    private BigInteger Usd(long min, long max) => _random.Next(min * 100, max * 100) * 10_000;
}
