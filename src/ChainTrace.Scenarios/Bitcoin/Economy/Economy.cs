using System.Globalization;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// The simulated economy: creates the actors, then drives one block at a time — exchange batches and sweeps, CoinJoin
/// rounds, the miner, the ransomware storyline, and everyday user traffic up to the block's transaction budget.
/// </summary>
internal sealed class Economy
{
    private readonly ChainWriter _chain;
    private readonly ScenarioRandom _random;
    private readonly UserActivities _activities;
    private readonly List<User> _users = [];
    private readonly List<Exchange> _exchanges = [];
    private readonly List<Victim> _victims = [];
    private readonly int _firstUserEntity;
    private readonly int _genesisEntity;
    private readonly uint _startTime;
    private readonly int _wasabiInterval;

    /// <summary>Creates every actor for <paramref name="plan"/>.</summary>
    public Economy(ScenarioPlan plan, ChainWriter chain, long seed, DateTimeOffset startTime)
    {
        Plan = plan;
        _chain = chain;
        _startTime = (uint)startTime.ToUnixTimeSeconds();
        _random = new ScenarioRandom(unchecked((ulong)seed), "economy");
        var setup = new ScenarioRandom(unchecked((ulong)seed), "setup");
        var entities = chain.Entities;
        var addresses = chain.Addresses;

        _genesisEntity = entities.Add("genesis", EntityTypes.Miner, "Owner of the regtest genesis output (never spent).");
        var minerEntity = entities.Add("miner-1", EntityTypes.Miner, "Mining pool: all coinbases pay its one address; pays users and sells to exchanges.");
        Miner = new Miner(minerEntity, plan.Exchanges, addresses);
        for (var i = 0; i < plan.Exchanges; i++)
        {
            var (hot, deposit, fee) = ExchangeStyle(i);
            var attributes = new Dictionary<string, string>
            {
                ["hot_wallet_type"] = WalletPolicy.KindName(hot),
                ["deposit_type"] = WalletPolicy.KindName(deposit),
                ["fee_rate_sat_per_vb"] = fee.ToString(CultureInfo.InvariantCulture),
            };
            var entity = entities.Add(Id("exchange", i + 1), EntityTypes.Exchange, "Exchange: one deposit address per customer, swept to a hot wallet; batched withdrawals.", attributes);
            _exchanges.Add(new Exchange(entity, i, hot, deposit, fee, addresses));
        }

        Whirlpool = new WhirlpoolCoordinator(
            entities.Add("whirlpool", EntityTypes.CoinJoinCoordinator, "Whirlpool-style coordinator: pools of 0.001, 0.01, 0.05 and 0.5 BTC, 5-input 5-output mixes."),
            addresses);
        Wasabi = new WasabiCoordinator(
            entities.Add("wasabi", EntityTypes.CoinJoinCoordinator, "Wasabi-style coordinator: many-input rounds with standard-denomination tiers and change."),
            addresses);
        var operatorEntity = entities.Add("ransomware-1", EntityTypes.Ransomware, "Ransomware operator: per-victim ransom addresses, consolidation, peeling chains, CoinJoin, exchange cash-outs.");
        Operator = new RansomwareOperator(operatorEntity, plan.Exchanges);
        chain.OperatorEntity = operatorEntity;

        for (var i = 0; i < plan.Victims; i++)
        {
            var exchange = _exchanges[setup.Next(_exchanges.Count)];
            var ransom = Funding.Round(setup.LogUniform(2_000_000, 100_000_000));
            var kind = (AddressKind)setup.Pick([0.3, 0.2, 0.5, 0.0]);
            var attributes = new Dictionary<string, string>
            {
                ["ransom_sats"] = ransom.ToString(CultureInfo.InvariantCulture),
                ["exchange"] = entities[exchange.Entity].Id,
            };
            var entity = entities.Add(Id("victim", i + 1), EntityTypes.Victim, "Ransomware victim: buys the ransom at an exchange and pays it.", attributes);
            var height = plan.HeightAt(0.1 + (0.35 * i / plan.Victims));
            _victims.Add(new Victim(entity, exchange, ransom, height, kind, setup.Next(2, 21)));
        }

        _firstUserEntity = entities.All.Count;
        for (var i = 0; i < plan.Users; i++)
        {
            var policy = WalletPolicy.Draw(setup);
            var home = setup.Next(_exchanges.Count);
            var attributes = new Dictionary<string, string>(policy.ToAttributes()) { ["home_exchange"] = Id("exchange", home + 1) };
            var entity = entities.Add(Id("user", i + 1), EntityTypes.User, "Ordinary user.", attributes);
            _users.Add(new User(entity, policy, home, _exchanges.Count));
        }

        _wasabiInterval = Math.Clamp(plan.EconomyBlocks / 6, 3, 20);
        _activities = new UserActivities(chain, _random, this);
    }

    /// <summary>The plan.</summary>
    public ScenarioPlan Plan { get; }

    /// <summary>The users, by number.</summary>
    public IReadOnlyList<User> Users => _users;

    /// <summary>The exchanges, by number.</summary>
    public IReadOnlyList<Exchange> Exchanges => _exchanges;

    /// <summary>The victims, in schedule order.</summary>
    public IReadOnlyList<Victim> Victims => _victims;

    /// <summary>The mining pool.</summary>
    public Miner Miner { get; }

    /// <summary>The Whirlpool-style coordinator.</summary>
    public WhirlpoolCoordinator Whirlpool { get; }

    /// <summary>The Wasabi-style coordinator.</summary>
    public WasabiCoordinator Wasabi { get; }

    /// <summary>The ransomware operator.</summary>
    public RansomwareOperator Operator { get; }

    /// <summary>True once every victim has paid.</summary>
    public bool AllVictimsPaid { get; private set; }

    /// <summary>True when the ransomware storyline is finished: all paid, all moved, all cashed out.</summary>
    public bool StorylineComplete =>
        AllVictimsPaid && Operator.Idle && Wasabi.Registered == 0 && Whirlpool.Pools.All(p => WhirlpoolCoordinator.Waiting(p, Operator) == 0);

    /// <summary>Ransom money the operator still controls (its coins, its coins in CoinJoin queues).</summary>
    public long HeldRansom => Operator.HeldRansom + Whirlpool.RansomWaiting() + Wasabi.RansomRegistered;

    /// <summary>The user with entity index <paramref name="entity"/>.</summary>
    public User UserByEntity(int entity) => _users[entity - _firstUserEntity];

    /// <summary>Writes the whole chain: genesis, the coinbase-only blocks, then economy blocks until done.</summary>
    public async Task RunAsync(Action<int>? blockWritten, CancellationToken cancellationToken)
    {
        await _chain.WriteGenesisAsync(_genesisEntity, cancellationToken).ConfigureAwait(false);
        var height = 1;
        for (; height <= ScenarioPlan.BootstrapBlocks; height++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _chain.BeginBlock(height, TimeOf(height));
            Miner.AddCoinbase(await _chain.EndBlockAsync(Miner.Address, cancellationToken).ConfigureAwait(false));
            blockWritten?.Invoke(height);
        }

        var limit = Plan.EconomyStart + (Plan.EconomyBlocks * 3L) + 100;
        while (_chain.TransactionCount < Plan.Transactions || !StorylineComplete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (height > limit)
            {
                throw new InvalidOperationException("The ransomware storyline did not finish (a generator bug).");
            }

            _chain.BeginBlock(height, TimeOf(height));
            Operator.BeginBlock(height);
            var overtime = _chain.TransactionCount >= Plan.Transactions;
            var budget = overtime ? Plan.PerBlock - 1 : (int)Math.Min(Plan.PerBlock - 1, Plan.Transactions - _chain.TransactionCount - 1);
            RunBlock(budget);
            Miner.AddCoinbase(await _chain.EndBlockAsync(Miner.Address, cancellationToken).ConfigureAwait(false));
            await _chain.AnswerKey.FlushAsync(cancellationToken).ConfigureAwait(false);
            blockWritten?.Invoke(height);
            height++;
        }
    }

    private void RunBlock(int budget)
    {
        int Left() => _chain.BlockWeight >= ChainWriter.FillWeight ? 0 : budget - _chain.BlockTransactions;
        var progress = Plan.Progress(_chain.Height);
        foreach (var exchange in _exchanges)
        {
            if (Left() > 0)
            {
                exchange.TryPayWithdrawals(_chain);
            }

            if (Left() > 0)
            {
                exchange.TrySweep(_chain);
            }
        }

        foreach (var pool in Whirlpool.Pools)
        {
            var waiting = WhirlpoolCoordinator.Waiting(pool, Operator) > 0;
            var rounds = Math.Max(1, Plan.PerBlock / 300) + (waiting ? 2 : 0);
            Whirlpool.RunRounds(_chain, _random, pool, Math.Min(rounds, Math.Max(Left(), waiting ? 1 : 0)));
        }

        var roundDue = _chain.Height % _wasabiInterval == 0;
        if ((roundDue || (Wasabi.Registered > 0 && progress >= 0.85)) && (Left() > 0 || Wasabi.Registered > 0))
        {
            var joined = Wasabi.TryRunRound(_chain, _random, _users, Math.Min(_random.Next(6, 21), Math.Max(5, _users.Count / 2)), _random.Next(2, 12));
            if (!joined && progress >= 0.92)
            {
                Wasabi.ReturnRegistered();
            }
        }

        if (Left() > 0)
        {
            Miner.Step(_chain, _random, _users, _exchanges, Math.Min(Left(), 3));
        }

        RunStoryline(progress);
        var attempts = 0;
        while (Left() > 0 && attempts++ < budget * 4)
        {
            _activities.RunOne();
        }
    }

    private void RunStoryline(double progress)
    {
        var paid = true;
        foreach (var victim in _victims)
        {
            victim.Step(_chain, _random, Operator);
            paid &= victim.Paid;
        }

        AllVictimsPaid = paid;
        Operator.RemixAllowed = progress < 0.8;
        if (progress >= 0.92)
        {
            Whirlpool.Withdraw(Operator);
        }

        Operator.Step(_chain, _random, this);
        foreach (var pool in Whirlpool.Pools)
        {
            var waiting = WhirlpoolCoordinator.Waiting(pool, Operator);
            for (var i = 0; i < Math.Min(waiting, 2); i++)
            {
                _activities.Tx0(pool);
            }
        }
    }

    private uint TimeOf(int height) => _startTime + ((uint)(height - 1) * 600);

    private static string Id(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number}");

    private static (AddressKind Hot, AddressKind Deposit, int FeeRate) ExchangeStyle(int number) => (number % 4) switch
    {
        0 => (AddressKind.P2wpkh, AddressKind.P2wpkh, 6),
        1 => (AddressKind.P2shP2wpkh, AddressKind.P2pkh, 12),
        2 => (AddressKind.P2tr, AddressKind.P2shP2wpkh, 4),
        _ => (AddressKind.P2pkh, AddressKind.P2wpkh, 20),
    };
}
