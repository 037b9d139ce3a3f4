using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// The ransomware operator: collects ransom at one fresh address per victim, consolidates the ransom coins (≤ 50 per
/// transaction) and splits them into a peeling chain, a Whirlpool fund and a Wasabi fund, runs the peeling chains,
/// mixes, and cashes everything out through deposit addresses of its exchange accounts (two per exchange).
/// </summary>
/// <remarks>
/// The operator has no income but ransom, so every coin it holds is ransom money in full; the ledger follows it exactly
/// until it leaves the operator (deposit, peel to a third party, fees).
/// </remarks>
internal sealed class RansomwareOperator : IMixer
{
    /// <summary>Most ransom coins merged by one consolidation.</summary>
    public const int MaxConsolidationInputs = 50;

    private const int FeeRate = 8;

    private readonly List<PeelChain> _chains = [];
    private readonly List<HeldCoin> _holdings = [];
    private readonly AddressRef?[,] _accounts;
    private int _chainCount;
    private int _height;

    /// <summary>Creates the operator.</summary>
    public RansomwareOperator(int entity, int exchanges)
    {
        Entity = entity;
        _accounts = new AddressRef?[exchanges, 2];
    }

    /// <inheritdoc />
    public int Entity { get; }

    /// <summary>Ransom coins not yet consolidated.</summary>
    public Wallet RansomCoins { get; } = new();

    /// <summary>Coins set aside for Whirlpool TX0s.</summary>
    public Wallet WhirlpoolFunds { get; } = new();

    /// <summary>Peeling chains started (done or not).</summary>
    public IReadOnlyList<PeelChain> Chains => _chains;

    /// <summary>Coins waiting to be cashed out.</summary>
    public int Holdings => _holdings.Count;

    /// <summary>Whether new postmix outputs may remix (turned off towards the end).</summary>
    public bool RemixAllowed { get; set; } = true;

    /// <summary>Ransom money held outside the CoinJoin coordinators, in satoshis.</summary>
    public long HeldRansom =>
        RansomCoins.Ransom + WhirlpoolFunds.Ransom + _chains.Where(c => !c.Done).Sum(c => c.Current.Ransom) + _holdings.Sum(h => h.Coin.Ransom);

    /// <summary>True when nothing is left to do: no ransom coins, chains, funds or holdings.</summary>
    public bool Idle => RansomCoins.Count == 0 && WhirlpoolFunds.Count == 0 && _holdings.Count == 0 && _chains.TrueForAll(c => c.Done);

    /// <summary>Sets the block height used to time holdings (called at every block start).</summary>
    public void BeginBlock(int height) => _height = height;

    /// <summary>A fresh ransom address for one victim (legacy half the time, as much ransomware demands).</summary>
    public AddressRef NewRansomAddress(AddressBook addresses, ScenarioRandom random) =>
        addresses.Allocate((AddressKind)random.Pick([0.5, 0.2, 0.3, 0.0]), Entity, AddressRole.Ransom);

    /// <summary>Takes a victim's payment.</summary>
    public void ReceiveRansom(in Coin coin) => RansomCoins.Add(coin);

    /// <inheritdoc />
    public AddressRef NewMixAddress(AddressBook addresses, AddressRole role) => addresses.Allocate(AddressKind.P2wpkh, Entity, role);

    /// <inheritdoc />
    public bool WantsRemix(ScenarioRandom random) => RemixAllowed && random.Chance(0.3);

    /// <inheritdoc />
    public void Keep(in Coin coin, string route) => _holdings.Add(new HeldCoin(coin, route, _height));

    /// <summary>The operator's moves for this block; returns the transactions committed.</summary>
    public int Step(ChainWriter chain, ScenarioRandom random, Economy economy)
    {
        var plan = economy.Plan;
        var progress = plan.Progress(chain.Height);
        var done = 0;
        if (RansomCoins.Count > 0 && progress >= 0.5 && (economy.AllVictimsPaid || progress >= 0.6))
        {
            while (RansomCoins.Count > 0)
            {
                done += Consolidate(chain, random, economy, split: progress < 0.75);
            }
        }

        while (WhirlpoolFunds.Count > 0)
        {
            done += Tx0(chain, random, economy.Whirlpool);
        }

        var hopsDeadline = Math.Max(1, plan.HeightAt(0.85) - chain.Height);
        foreach (var peel in _chains)
        {
            var hops = Math.Max(1, (peel.HopsLeft + hopsDeadline - 1) / hopsDeadline);
            for (var i = 0; i < hops && !peel.Done; i++)
            {
                done += Hop(chain, random, economy, peel);
            }
        }

        done += CashOut(chain, random, economy, Math.Max(1, plan.HeightAt(0.95) - chain.Height));
        return done;
    }

    private int Consolidate(ChainWriter chain, ScenarioRandom random, Economy economy, bool split)
    {
        var tx = chain.Begin(2, 0);
        while (RansomCoins.Count > 0 && tx.InputCount < MaxConsolidationInputs)
        {
            tx.AddInput(RansomCoins.TakeOldest());
        }

        var outputs = split ? 3 : 1;
        var total = tx.InputValue - tx.Fee(FeeRate, outputs);
        var whirl = split ? total / 5 : 0;
        var wasabi = split ? total / 5 : 0;
        if (whirl < 3_000_000)
        {
            whirl = 0;
        }

        if (wasabi < 3_000_000)
        {
            wasabi = 0;
        }

        var peelValue = tx.InputValue - tx.Fee(FeeRate, 1 + (whirl > 0 ? 1 : 0) + (wasabi > 0 ? 1 : 0)) - whirl - wasabi;
        tx.AddOutput(peelValue, NewMixAddress(chain.Addresses, AddressRole.Operator), peelValue);
        if (whirl > 0)
        {
            tx.AddOutput(whirl, NewMixAddress(chain.Addresses, AddressRole.Operator), whirl);
        }

        if (wasabi > 0)
        {
            tx.AddOutput(wasabi, NewMixAddress(chain.Addresses, AddressRole.Operator), wasabi);
        }

        var coins = tx.Commit(TransactionPurposes.Consolidation, Entity);
        _chains.Add(new PeelChain(++_chainCount, coins[0], random.Next(8, 21)));
        if (whirl > 0)
        {
            WhirlpoolFunds.Add(coins[1]);
        }

        if (wasabi > 0)
        {
            economy.Wasabi.Register(coins[whirl > 0 ? 2 : 1], this);
        }

        return 1;
    }

    private int Tx0(ChainWriter chain, ScenarioRandom random, WhirlpoolCoordinator whirlpool)
    {
        var fund = new Wallet();
        fund.Add(WhirlpoolFunds.TakeOldest());
        foreach (var least in (ReadOnlySpan<int>)[5, 2])
        {
            for (var p = whirlpool.Pools.Count - 1; p >= 0; p--)
            {
                var pool = whirlpool.Pools[p];
                var count = (int)Math.Min(20, (fund.Balance - pool.PoolFee - 50_000) / WhirlpoolCoordinator.PremixValue(pool));
                if (count >= least && whirlpool.TryTx0(chain, random, this, fund, pool, count, FeeRate))
                {
                    return 1;
                }
            }
        }

        Keep(fund.TakeOldest(), "whirlpool_change");
        return 0;
    }

    private int Hop(ChainWriter chain, ScenarioRandom random, Economy economy, PeelChain peel)
    {
        var current = peel.Current;
        var tx = chain.Begin(2, 0);
        tx.AddInput(current);
        var last = peel.HopsLeft <= 1;
        var peelValue = Math.Max(100_000, current.Value * random.Next(3, 16) / 100 / 100_000 * 100_000);
        var remainder = current.Value - peelValue - tx.Fee(FeeRate, 2);
        last |= remainder < 1_000_000;
        var toExchange = last || random.Chance(0.4);
        Exchange? exchange = null;
        User? payee = null;
        AddressRef destination;
        if (toExchange)
        {
            exchange = economy.Exchanges[random.Next(economy.Exchanges.Count)];
            destination = Account(chain, random, exchange);
        }
        else
        {
            payee = economy.Users[random.Next(economy.Users.Count)];
            destination = payee.ReceiveAddress(chain.Addresses);
        }

        if (last)
        {
            var value = current.Value - tx.Fee(FeeRate, 1, destination.Kind);
            tx.AddOutput(value, destination, value);
        }
        else
        {
            tx.AddOutput(peelValue, destination, peelValue);
            tx.AddOutput(remainder, NewMixAddress(chain.Addresses, AddressRole.Operator), remainder, isChange: true);
            tx.ShuffleOutputs(random);
        }

        var coins = tx.Commit(toExchange ? TransactionPurposes.CashOut : TransactionPurposes.Peel, Entity, peel.FlowId, "peel");
        peel.HopsLeft = last ? 0 : peel.HopsLeft - 1;
        for (var i = 0; i < coins.Length; i++)
        {
            var owner = tx.OutputAddress(i).Owner;
            if (owner == Entity)
            {
                peel.Current = coins[i];
            }
            else if (exchange is not null)
            {
                exchange.ReceiveDeposit(coins[i], chain.Height);
            }
            else
            {
                payee!.Receive(coins[i]);
            }
        }

        return 1;
    }

    private int CashOut(ChainWriter chain, ScenarioRandom random, Economy economy, int blocksLeft)
    {
        var ready = _holdings.Count(h => h.Since < chain.Height);
        var quota = Math.Max(2, (ready + blocksLeft - 1) / blocksLeft);
        var done = 0;
        while (done < quota)
        {
            var first = _holdings.FindIndex(h => h.Since < chain.Height);
            if (first < 0)
            {
                break;
            }

            var route = _holdings[first].Route;
            var exchange = economy.Exchanges[random.Next(economy.Exchanges.Count)];
            var deposit = Account(chain, random, exchange);
            var tx = chain.Begin(2, 0);
            var take = random.Next(1, 4);
            for (var i = first; i < _holdings.Count && tx.InputCount < take;)
            {
                if (_holdings[i].Route == route && _holdings[i].Since < chain.Height)
                {
                    tx.AddInput(_holdings[i].Coin);
                    _holdings.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }

            var value = tx.InputValue - tx.Fee(FeeRate, 1, deposit.Kind);
            tx.AddOutput(value, deposit, value);
            var coins = tx.Commit(TransactionPurposes.CashOut, Entity, null, route);
            exchange.ReceiveDeposit(coins[0], chain.Height);
            done++;
        }

        return done;
    }

    private AddressRef Account(ChainWriter chain, ScenarioRandom random, Exchange exchange)
    {
        var slot = random.Next(2);
        return _accounts[exchange.Number, slot] ??= exchange.IssueDepositAddress(chain.Addresses, Entity);
    }
}
