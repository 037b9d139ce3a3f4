using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// The mining pool: every coinbase pays its one reused address; matured coinbases (100 blocks) and change are spent as
/// pool payouts to users or sold to exchanges, which is how money enters the economy.
/// </summary>
internal sealed class Miner
{
    private readonly Queue<Coin> _immature = new();
    private readonly AddressRef?[] _deposits;

    /// <summary>Creates the pool and its payout address.</summary>
    public Miner(int entity, int exchanges, AddressBook addresses)
    {
        Entity = entity;
        Address = addresses.Allocate(AddressKind.P2wpkh, entity, AddressRole.Mining);
        _deposits = new AddressRef?[exchanges];
    }

    /// <summary>The pool's entity index.</summary>
    public int Entity { get; }

    /// <summary>The coinbase payout address (reused).</summary>
    public AddressRef Address { get; }

    /// <summary>Spendable coins.</summary>
    public Wallet Wallet { get; } = new();

    /// <summary>Takes a new coinbase coin; it becomes spendable after 100 blocks.</summary>
    public void AddCoinbase(in Coin coin) => _immature.Enqueue(coin);

    /// <summary>Matures coinbases and spends up to <paramref name="maxTransactions"/> coins.</summary>
    /// <returns>Transactions committed.</returns>
    public int Step(ChainWriter chain, ScenarioRandom random, IReadOnlyList<User> users, IReadOnlyList<Exchange> exchanges, int maxTransactions)
    {
        while (_immature.Count > 0 && chain.Height - _immature.Peek().Height >= ChainWriter.CoinbaseMaturity)
        {
            Wallet.Add(_immature.Dequeue());
        }

        var done = 0;
        while (Wallet.Count > 0 && done < maxTransactions)
        {
            var coin = Wallet.TakeOldest();
            var ok = coin.Value > 1_0000_0000 && random.Chance(0.5) ? Payout(chain, random, users, coin) : Sell(chain, random, exchanges, coin);
            if (ok)
            {
                done++;
            }
            else
            {
                Wallet.Add(coin);
                break;
            }
        }

        return done;
    }

    private bool Payout(ChainWriter chain, ScenarioRandom random, IReadOnlyList<User> users, in Coin coin)
    {
        var tx = chain.Begin(2, 0);
        tx.AddInput(coin, 0xffffffff);
        var count = random.Next(5, 31);
        var budget = coin.Value * random.Next(30, 61) / 100;
        Span<int> payees = stackalloc int[count];
        for (var i = 0; i < count; i++)
        {
            var amount = Math.Min(random.LogUniform(100_000, 50_000_000), budget / count);
            if (amount < 50_000)
            {
                break;
            }

            payees[i] = random.Next(users.Count);
            tx.AddOutput(amount, users[payees[i]].ReceiveAddress(chain.Addresses));
        }

        var outputs = tx.OutputCount;
        if (outputs == 0)
        {
            return false;
        }

        var rest = tx.InputValue - tx.OutputValue - tx.Fee(2, 1, Address.Kind);
        tx.AddOutput(rest, Address, isChange: true);
        var coins = tx.Commit(TransactionPurposes.Ordinary, Entity);
        for (var i = 0; i < outputs; i++)
        {
            users[payees[i]].Receive(coins[i]);
        }

        Wallet.Add(coins[outputs]);
        return true;
    }

    private bool Sell(ChainWriter chain, ScenarioRandom random, IReadOnlyList<Exchange> exchanges, in Coin coin)
    {
        var exchange = exchanges[random.Next(exchanges.Count)];
        var deposit = _deposits[exchange.Number] ??= exchange.IssueDepositAddress(chain.Addresses, Entity);
        var tx = chain.Begin(2, 0);
        tx.AddInput(coin, 0xffffffff);
        var fee = tx.Fee(2, 1, deposit.Kind);
        if (coin.Value - fee < 10_000)
        {
            return false;
        }

        tx.AddOutput(coin.Value - fee, deposit);
        var coins = tx.Commit(TransactionPurposes.Ordinary, Entity);
        exchange.ReceiveDeposit(coins[0], chain.Height);
        return true;
    }
}
