using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// Whirlpool-style CoinJoin: a TX0 splits one owner's coins into premix outputs (denomination + a miner-fee allowance),
/// the coordinator's fee, an OP_RETURN and change; each mix spends exactly 5 coins of 5 different owners (at least 2
/// premix, the rest free remixes) into 5 outputs of exactly the denomination.
/// </summary>
internal sealed class WhirlpoolCoordinator
{
    /// <summary>Satoshis above the denomination in every premix output; the premix inputs of a mix pay its fee with it.</summary>
    public const long PremixAllowance = 600;

    /// <summary>Most remix coins a pool keeps waiting; older ones leave to their owners.</summary>
    public const int MaxRemixQueue = 40;

    /// <summary>Coins (and owners) per mix.</summary>
    public const int MixSize = 5;

    private readonly List<int> _picked = [];
    private readonly List<MixCoin> _round = [];

    /// <summary>Creates the coordinator with the four pools (0.001, 0.01, 0.05, 0.5 BTC).</summary>
    public WhirlpoolCoordinator(int entity, AddressBook addresses)
    {
        Entity = entity;
        FeeAddress = addresses.Allocate(AddressKind.P2wpkh, entity, AddressRole.CoordinatorFee);
        Pools = [new(100_000, 5_000), new(1_000_000, 50_000), new(5_000_000, 250_000), new(50_000_000, 1_750_000)];
    }

    /// <summary>The coordinator's entity index.</summary>
    public int Entity { get; }

    /// <summary>The coordinator's fee address (public knowledge: it goes into the TagPack).</summary>
    public AddressRef FeeAddress { get; }

    /// <summary>The pools, smallest denomination first.</summary>
    public IReadOnlyList<WhirlpoolPool> Pools { get; }

    /// <summary>The cost of one premix output, in satoshis.</summary>
    public static long PremixValue(WhirlpoolPool pool) => pool.Denomination + PremixAllowance;

    /// <summary>
    /// Commits a TX0 of <paramref name="owner"/> into <paramref name="pool"/> with <paramref name="premixCount"/> premix
    /// outputs, funded from <paramref name="source"/>. Coins that carry tracked ransom keep it on every output.
    /// </summary>
    /// <returns>False (nothing committed, coins returned) when the wallet cannot fund it.</returns>
    public bool TryTx0(ChainWriter chain, ScenarioRandom random, IMixer owner, Wallet source, WhirlpoolPool pool, int premixCount, int feeRate)
    {
        var tx = chain.Begin(1, 0);
        var premixValue = PremixValue(pool);
        var ransom = source.Ransom > 0;
        for (var i = 0; i < premixCount; i++)
        {
            tx.AddOutput(premixValue, owner.NewMixAddress(chain.Addresses, AddressRole.Premix), ransom ? premixValue : 0);
        }

        tx.AddOutput(pool.PoolFee, FeeAddress, ransom ? pool.PoolFee : 0);
        Span<byte> opReturn = stackalloc byte[46];
        random.Fill(opReturn);
        tx.AddNullData(opReturn);
        var change = owner.NewMixAddress(chain.Addresses, AddressRole.Change);
        while (tx.InputValue < tx.OutputValue + tx.Fee(feeRate, 1, change.Kind))
        {
            if (source.Count == 0)
            {
                source.Return(tx.Inputs);
                return false;
            }

            tx.AddInput(source.TakeRandom(random), 0xffffffff);
        }

        var rest = tx.InputValue - tx.OutputValue - tx.Fee(feeRate, 1, change.Kind);
        var changeIndex = rest >= 5_000 ? tx.AddOutput(rest, change, ransom ? rest : 0, isChange: true) : -1;
        var coins = tx.Commit(TransactionPurposes.CoinJoinPremix, owner.Entity, pool.FlowId);
        for (var i = 0; i < premixCount; i++)
        {
            pool.Premix.Add(new MixCoin(coins[i], owner));
        }

        if (changeIndex >= 0)
        {
            owner.Keep(coins[changeIndex], "whirlpool_change");
        }

        return true;
    }

    /// <summary>Runs up to <paramref name="maxRounds"/> mixes in <paramref name="pool"/>; returns how many ran.</summary>
    public int RunRounds(ChainWriter chain, ScenarioRandom random, WhirlpoolPool pool, int maxRounds)
    {
        var rounds = 0;
        while (rounds < maxRounds && TryPick(pool))
        {
            Mix(chain, random, pool);
            rounds++;
        }

        while (pool.Remix.Count > MaxRemixQueue)
        {
            var oldest = pool.Remix[0];
            pool.Remix.RemoveAt(0);
            oldest.Owner.Keep(oldest.Coin, "whirlpool");
        }

        return rounds;
    }

    /// <summary>Takes every coin of <paramref name="owner"/> out of the pools and hands it back.</summary>
    public void Withdraw(IMixer owner)
    {
        foreach (var pool in Pools)
        {
            for (var i = pool.Premix.Count - 1; i >= 0; i--)
            {
                if (pool.Premix[i].Owner == owner)
                {
                    owner.Keep(pool.Premix[i].Coin, "whirlpool_premix");
                    pool.Premix.RemoveAt(i);
                }
            }

            for (var i = pool.Remix.Count - 1; i >= 0; i--)
            {
                if (pool.Remix[i].Owner == owner)
                {
                    owner.Keep(pool.Remix[i].Coin, "whirlpool");
                    pool.Remix.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Counts the coins of <paramref name="owner"/> waiting in <paramref name="pool"/>.</summary>
    public static int Waiting(WhirlpoolPool pool, IMixer owner)
    {
        var count = 0;
        foreach (var coin in pool.Premix)
        {
            count += coin.Owner == owner ? 1 : 0;
        }

        foreach (var coin in pool.Remix)
        {
            count += coin.Owner == owner ? 1 : 0;
        }

        return count;
    }

    /// <summary>Sum of tracked ransom in all pools.</summary>
    public long RansomWaiting()
    {
        long sum = 0;
        foreach (var pool in Pools)
        {
            foreach (var coin in pool.Premix)
            {
                sum += coin.Coin.Ransom;
            }

            foreach (var coin in pool.Remix)
            {
                sum += coin.Coin.Ransom;
            }
        }

        return sum;
    }

    /// <summary>Chooses 5 coins of distinct owners, at least 2 of them premix, into the round list.</summary>
    private bool TryPick(WhirlpoolPool pool)
    {
        _round.Clear();
        _picked.Clear();
        PickFrom(pool.Premix, 2, premix: true);
        if (_round.Count < 2)
        {
            return false;
        }

        PickFrom(pool.Remix, MixSize, premix: false);
        PickFrom(pool.Premix, MixSize, premix: true);
        if (_round.Count < MixSize)
        {
            return false;
        }

        // _picked holds indices tagged by list: premix as index, remix as ~index; remove from the end backwards.
        _picked.Sort();
        for (var i = _picked.Count - 1; i >= 0; i--)
        {
            var tag = _picked[i];
            if (tag >= 0)
            {
                pool.Premix.RemoveAt(tag);
            }
        }

        for (var i = 0; i < _picked.Count; i++)
        {
            var tag = _picked[i];
            if (tag < 0)
            {
                pool.Remix.RemoveAt(~tag);
            }
        }

        return true;
    }

    private void PickFrom(List<MixCoin> queue, int upTo, bool premix)
    {
        for (var i = 0; i < queue.Count && _round.Count < upTo; i++)
        {
            var tag = premix ? i : ~i;
            if (_picked.Contains(tag) || HasOwner(queue[i].Owner))
            {
                continue;
            }

            _round.Add(queue[i]);
            _picked.Add(tag);
        }
    }

    private bool HasOwner(IMixer owner)
    {
        foreach (var coin in _round)
        {
            if (coin.Owner == owner)
            {
                return true;
            }
        }

        return false;
    }

    private void Mix(ChainWriter chain, ScenarioRandom random, WhirlpoolPool pool)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_round);
        random.Shuffle(span);
        var tx = chain.Begin(1, 0);
        foreach (var coin in _round)
        {
            tx.AddInput(coin.Coin, 0xffffffff);
        }

        Span<int> order = stackalloc int[MixSize];
        for (var i = 0; i < MixSize; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        foreach (var owner in order)
        {
            var participant = _round[owner];
            tx.AddOutput(pool.Denomination, participant.Owner.NewMixAddress(chain.Addresses, AddressRole.Postmix), participant.Coin.Ransom > 0 ? pool.Denomination : 0);
        }

        var coins = tx.Commit(TransactionPurposes.CoinJoin, Entity, pool.FlowId);
        for (var i = 0; i < MixSize; i++)
        {
            var owner = _round[order[i]].Owner;
            if (owner.WantsRemix(random))
            {
                pool.Remix.Add(new MixCoin(coins[i], owner));
            }
            else
            {
                owner.Keep(coins[i], "whirlpool");
            }
        }
    }
}
