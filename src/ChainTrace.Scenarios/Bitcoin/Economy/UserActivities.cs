using ChainTrace.Scenarios.Bitcoin.AnswerKeys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// The everyday traffic that fills blocks: users paying each other (alone or in batches), selling to and buying from
/// exchanges, tidying up many coins, and entering Whirlpool.
/// </summary>
internal sealed class UserActivities
{
    private static readonly double[] Weights = [0.5, 0.05, 0.13, 0.17, 0.02, 0.03];

    private readonly ChainWriter _chain;
    private readonly ScenarioRandom _random;
    private readonly Economy _economy;
    private readonly List<User> _payees = [];

    /// <summary>Creates the activities of <paramref name="economy"/>.</summary>
    public UserActivities(ChainWriter chain, ScenarioRandom random, Economy economy)
    {
        _chain = chain;
        _random = random;
        _economy = economy;
    }

    /// <summary>Tries one randomly chosen activity; returns true when it committed a transaction.</summary>
    public bool RunOne() => _random.Pick(Weights) switch
    {
        0 => Pay(1),
        1 => Pay(_random.Next(2, 6)),
        2 => Deposit(),
        3 => RequestWithdrawal(),
        4 => Consolidate(),
        _ => Tx0(null),
    };

    /// <summary>A user pays <paramref name="recipients"/> other users, with change per its policy.</summary>
    public bool Pay(int recipients)
    {
        var user = FundedUser(20_000);
        if (user is null)
        {
            return false;
        }

        var policy = user.Policy;
        var tx = _chain.Begin(policy.Version, policy.LockTime(_chain.Height));
        _payees.Clear();
        var budget = user.Wallet.Balance * _random.Next(5, 61) / 100;
        for (var i = 0; i < recipients; i++)
        {
            var payee = _economy.Users[_random.Next(_economy.Users.Count)];
            if (payee == user || _payees.Contains(payee))
            {
                continue;
            }

            var amount = budget / recipients;
            amount = policy.RoundAmounts ? Funding.Round(amount) : amount - _random.NextInt64(0, amount / 10 + 1);
            if (amount < 10_000)
            {
                continue;
            }

            _payees.Add(payee);
            tx.AddOutput(amount, payee.ReceiveAddress(_chain.Addresses));
        }

        return _payees.Count > 0 && FinishWithChange(user, tx);
    }

    /// <summary>A user sells at an exchange: pays (part of) its balance to its deposit address there.</summary>
    public bool Deposit()
    {
        var user = FundedUser(100_000);
        if (user is null)
        {
            return false;
        }

        var exchange = _random.Chance(0.8) ? _economy.Exchanges[user.HomeExchange] : _economy.Exchanges[_random.Next(_economy.Exchanges.Count)];
        var deposit = user.DepositAddress(exchange, _chain.Addresses);
        var policy = user.Policy;
        var tx = _chain.Begin(policy.Version, policy.LockTime(_chain.Height));
        if (_random.Chance(0.3) && user.Wallet.Count <= 20)
        {
            while (user.Wallet.Count > 0)
            {
                tx.AddInput(user.Wallet.TakeRandom(_random), policy.Sequence);
            }

            var value = tx.InputValue - tx.Fee(policy.FeeRate, 1, deposit.Kind);
            if (value < 10_000)
            {
                user.Wallet.Return(tx.Inputs);
                return false;
            }

            tx.AddOutput(value, deposit);
            exchange.ReceiveDeposit(tx.Commit(TransactionPurposes.Ordinary, user.Entity)[0], _chain.Height);
            return true;
        }

        var amount = user.Wallet.Balance * _random.Next(20, 91) / 100;
        tx.AddOutput(policy.RoundAmounts ? Funding.Round(amount) : amount, deposit);
        return FinishWithChange(user, tx, exchange);
    }

    /// <summary>A user (more likely one with little money) asks an exchange for coins; no transaction until the batch.</summary>
    public bool RequestWithdrawal()
    {
        var a = _economy.Users[_random.Next(_economy.Users.Count)];
        var b = _economy.Users[_random.Next(_economy.Users.Count)];
        var user = a.Wallet.Balance <= b.Wallet.Balance ? a : b;
        var exchange = _random.Chance(0.8) ? _economy.Exchanges[user.HomeExchange] : _economy.Exchanges[_random.Next(_economy.Exchanges.Count)];
        if (exchange.PendingRequests > 4 * Exchange.MaxBatchOutputs)
        {
            return false;
        }

        var amount = _random.LogUniform(200_000, 100_000_000);
        exchange.Request(new WithdrawalRequest(user, user.ReceiveAddress(_chain.Addresses), user.Policy.RoundAmounts ? Funding.Round(amount) : amount, _chain.Height, Priority: false));
        return false;
    }

    /// <summary>A user with many coins merges up to 15 of them into one.</summary>
    public bool Consolidate()
    {
        User? user = null;
        for (var i = 0; i < 12 && user is null; i++)
        {
            var candidate = _economy.Users[_random.Next(_economy.Users.Count)];
            user = candidate.Wallet.Count >= 6 ? candidate : null;
        }

        if (user is null)
        {
            return false;
        }

        var policy = user.Policy;
        var tx = _chain.Begin(policy.Version, policy.LockTime(_chain.Height));
        var take = Math.Min(user.Wallet.Count, 15);
        for (var i = 0; i < take; i++)
        {
            tx.AddInput(user.Wallet.TakeRandom(_random), policy.Sequence);
        }

        var target = user.ChangeAddress(_chain.Addresses);
        var value = tx.InputValue - tx.Fee(policy.FeeRate, 1, target.Kind);
        if (value < 10_000)
        {
            user.Wallet.Return(tx.Inputs);
            return false;
        }

        tx.AddOutput(value, target);
        user.Wallet.Add(tx.Commit(TransactionPurposes.Consolidation, user.Entity)[0]);
        return true;
    }

    /// <summary>
    /// A user enters Whirlpool with a TX0 of 1–5 premix outputs, into <paramref name="pool"/> or a pool it can afford.
    /// </summary>
    public bool Tx0(WhirlpoolPool? pool)
    {
        var whirlpool = _economy.Whirlpool;
        var minimum = pool is null ? WhirlpoolCoordinator.PremixValue(whirlpool.Pools[0]) * 2 : (WhirlpoolCoordinator.PremixValue(pool) * 2) + pool.PoolFee;
        var user = FundedUser(minimum + 60_000);
        if (user is null)
        {
            return false;
        }

        var usable = (user.Wallet.Balance * 9 / 10) - 60_000;
        if (pool is null)
        {
            var affordable = 0;
            while (affordable < whirlpool.Pools.Count && WhirlpoolCoordinator.PremixValue(whirlpool.Pools[affordable]) + whirlpool.Pools[affordable].PoolFee <= usable)
            {
                affordable++;
            }

            if (affordable == 0)
            {
                return false;
            }

            pool = whirlpool.Pools[_random.Chance(0.5) ? affordable - 1 : _random.Next(affordable)];
            if (pool.Premix.Count > 60)
            {
                return false;
            }
        }

        var most = (int)Math.Min(5, (usable - pool.PoolFee) / WhirlpoolCoordinator.PremixValue(pool));
        return most >= 1 && whirlpool.TryTx0(_chain, _random, user, user.Wallet, pool, _random.Next(1, most + 1), user.Policy.FeeRate);
    }

    private bool FinishWithChange(User user, TransactionBuilder tx, Exchange? depositTo = null)
    {
        var policy = user.Policy;
        var change = user.ChangeAddress(_chain.Addresses);
        if (!Funding.TryFund(tx, user.Wallet, policy.FeeRate, change.Kind, policy.Sequence, _random))
        {
            return false;
        }

        var rest = Funding.Change(tx, policy.FeeRate, change.Kind);
        if (rest >= 5_000)
        {
            tx.AddOutput(rest, change, isChange: true);
        }

        if (!policy.ChangeLast)
        {
            tx.ShuffleOutputs(_random);
        }

        var coins = tx.Commit(TransactionPurposes.Ordinary, user.Entity);
        for (var i = 0; i < coins.Length; i++)
        {
            var payee = tx.OutputAddress(i);
            if (payee.Owner == user.Entity)
            {
                user.Wallet.Add(coins[i]);
            }
            else if (depositTo is not null)
            {
                depositTo.ReceiveDeposit(coins[i], _chain.Height);
            }
            else
            {
                _economy.UserByEntity(payee.Owner).Receive(coins[i]);
            }
        }

        return true;
    }

    private User? FundedUser(long minimum)
    {
        for (var i = 0; i < 12; i++)
        {
            var user = _economy.Users[_random.Next(_economy.Users.Count)];
            if (user.Wallet.Balance >= minimum)
            {
                return user;
            }
        }

        return null;
    }
}
