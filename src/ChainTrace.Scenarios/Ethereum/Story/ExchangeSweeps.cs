using System.Numerics;
using ChainTrace.Scenarios.Ethereum.Node;
using P = ChainTrace.Scenarios.Ethereum.AnswerKeys.EthereumTransactionPurposes;

namespace ChainTrace.Scenarios.Ethereum.Story;

/// <summary>
/// The exchanges sweep every deposit address into their hot wallet, the pattern deposit-address clustering looks for:
/// stablecoin first (the hot wallet tops up gas where the address holds no ETH), then the ETH balance less one transfer's
/// gas (0.000042 ETH at 2 gwei), so each sweep forwards nearly everything.
/// </summary>
internal static class ExchangeSweeps
{
    private static readonly BigInteger GasTopUp = BigInteger.Pow(10, 15);

    /// <summary>Mines the sweep blocks (one to three).</summary>
    public static async Task RunAsync(ScenarioWorld world, IReadOnlyList<ScenarioExchange> exchanges, CancellationToken ct)
    {
        var tokenGas = ScenarioWorld.TokenGas * ScenarioNode.GasPrice;
        var topUps = 0;
        foreach (var exchange in exchanges)
        {
            foreach (var deposit in exchange.DepositAddresses)
            {
                if (world.TokenBalance(deposit) > 0 && await world.Node.BalanceAsync(deposit, ct).ConfigureAwait(false) < tokenGas)
                {
                    await world.SendEthAsync(exchange.HotWallet, deposit, GasTopUp, P.Funding, $"{exchange.Id} pays gas for a deposit sweep", ct).ConfigureAwait(false);
                    topUps++;
                }
            }
        }

        if (topUps > 0)
        {
            await world.MineAsync(ct).ConfigureAwait(false);
        }

        var tokenSweeps = 0;
        foreach (var exchange in exchanges)
        {
            foreach (var deposit in exchange.DepositAddresses)
            {
                var units = world.TokenBalance(deposit);
                if (units > 0)
                {
                    await world.SendTokenAsync(deposit, exchange.HotWallet, units, P.ExchangeSweep, $"{exchange.Id} sweeps USDX to its hot wallet", ct).ConfigureAwait(false);
                    tokenSweeps++;
                }
            }
        }

        if (tokenSweeps > 0)
        {
            await world.MineAsync(ct).ConfigureAwait(false);
        }

        foreach (var exchange in exchanges)
        {
            foreach (var deposit in exchange.DepositAddresses)
            {
                var balance = await world.Node.BalanceAsync(deposit, ct).ConfigureAwait(false);
                if (balance > 2 * ScenarioNode.TransferCost)
                {
                    await world.SendEthAsync(deposit, exchange.HotWallet, balance - ScenarioNode.TransferCost, P.ExchangeSweep, $"{exchange.Id} sweeps ETH to its hot wallet", ct).ConfigureAwait(false);
                }
            }
        }

        await world.MineAsync(ct).ConfigureAwait(false);
    }
}
