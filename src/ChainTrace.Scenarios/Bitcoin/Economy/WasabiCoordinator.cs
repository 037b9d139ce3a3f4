using System.Globalization;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Keys;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// Wasabi-style CoinJoin rounds: many participants each register 1–3 coins; each one's amount, less a 0.3 %
/// coordination fee (free below 0.01 BTC) and its share of the miner fee, is split greedily into standard
/// denominations (1-2-5 series, at most 4 outputs) plus change, so that equal-value tiers form across participants.
/// Outputs are ordered by value, largest first, as Wasabi orders them.
/// </summary>
internal sealed class WasabiCoordinator
{
    /// <summary>Fewest participants for a round.</summary>
    public const int MinParticipants = 5;

    private static readonly long[] StandardDenominations = BuildDenominations();

    private readonly List<(Coin Coin, IMixer Owner)> _registered = [];
    private readonly List<Participant> _participants = [];
    private readonly List<(long Value, AddressRef Address, long Ransom, IMixer Owner)> _outputs = [];
    private int _rounds;

    /// <summary>Creates the coordinator.</summary>
    public WasabiCoordinator(int entity, AddressBook addresses)
    {
        Entity = entity;
        FeeAddress = addresses.Allocate(AddressKind.P2wpkh, entity, AddressRole.CoordinatorFee);
    }

    /// <summary>The coordinator's entity index.</summary>
    public int Entity { get; }

    /// <summary>The coordinator's fee address (public knowledge: it goes into the TagPack).</summary>
    public AddressRef FeeAddress { get; }

    /// <summary>Coins registered for the next round by non-user participants.</summary>
    public int Registered => _registered.Count;

    /// <summary>Tracked ransom among the registered coins.</summary>
    public long RansomRegistered => _registered.Sum(r => r.Coin.Ransom);

    /// <summary>Hands every registered coin back to its owner unmixed (route <c>wasabi_unmixed</c>).</summary>
    public void ReturnRegistered()
    {
        foreach (var (coin, owner) in _registered)
        {
            owner.Keep(coin, "wasabi_unmixed");
        }

        _registered.Clear();
    }

    /// <summary>Registers a coin of <paramref name="owner"/> for the next round.</summary>
    public void Register(in Coin coin, IMixer owner) => _registered.Add((coin, owner));

    /// <summary>
    /// Runs one round with the registered coins and up to <paramref name="userCount"/> users who hold at least
    /// 0.005 BTC. Returns false (coins back to their owners, nothing committed) when fewer than 5 participants join.
    /// </summary>
    public bool TryRunRound(ChainWriter chain, ScenarioRandom random, IReadOnlyList<User> users, int userCount, int feeRate)
    {
        _participants.Clear();
        foreach (var (coin, owner) in _registered)
        {
            var existing = _participants.FindIndex(p => p.Owner == owner);
            if (existing < 0)
            {
                _participants.Add(new Participant(owner, null));
                existing = _participants.Count - 1;
            }

            _participants[existing].Coins.Add(coin);
        }

        for (var attempt = 0; attempt < userCount * 3 && _participants.Count < userCount + _registered.Count; attempt++)
        {
            var user = users[random.Next(users.Count)];
            if (user.Wallet.Balance < 500_000 || _participants.Exists(p => p.Owner == user))
            {
                continue;
            }

            var participant = new Participant(user, user.Wallet);
            var take = Math.Min(user.Wallet.Count, random.Next(1, 4));
            for (var i = 0; i < take; i++)
            {
                participant.Coins.Add(user.Wallet.TakeRandom(random));
            }

            _participants.Add(participant);
        }

        if (_participants.Count < MinParticipants)
        {
            foreach (var participant in _participants)
            {
                participant.Wallet?.Return(participant.Coins);
            }

            return false;
        }

        _registered.Clear();
        Commit(chain, random, feeRate);
        return true;
    }

    private void Commit(ChainWriter chain, ScenarioRandom random, int feeRate)
    {
        _rounds++;
        var flow = string.Create(CultureInfo.InvariantCulture, $"wasabi-{_rounds}");
        var tx = chain.Begin(2, 0);
        var inputs = new List<Coin>();
        _outputs.Clear();
        long coordinatorFee = 0;
        long coordinatorRansom = 0;
        foreach (var participant in _participants)
        {
            long amount = 0;
            long inputVbytes = 0;
            foreach (var coin in participant.Coins)
            {
                inputs.Add(coin);
                amount += coin.Value;
                inputVbytes += InputVbytes(coin.Kind);
            }

            var tracked = participant.Coins.TrueForAll(c => c.Ransom == c.Value);
            var fee = amount >= 1_000_000 ? amount * 3 / 1000 : 0;
            coordinatorFee += fee;
            coordinatorRansom += tracked ? fee : 0;
            var remaining = amount - fee - (feeRate * inputVbytes);
            var sample = participant.Owner.NewMixAddress(chain.Addresses, AddressRole.Postmix);
            var outputCost = feeRate * (long)TransactionBuilder.OutputSize(sample.Kind);
            var first = true;
            for (var n = 0; n < 4; n++)
            {
                var denomination = Largest(remaining - outputCost);
                if (denomination == 0)
                {
                    break;
                }

                var address = first ? sample : participant.Owner.NewMixAddress(chain.Addresses, AddressRole.Postmix);
                first = false;
                _outputs.Add((denomination, address, tracked ? denomination : 0, participant.Owner));
                remaining -= denomination + outputCost;
            }

            var change = participant.Owner.NewMixAddress(chain.Addresses, AddressRole.Change);
            var changeValue = remaining - (feeRate * (long)TransactionBuilder.OutputSize(change.Kind));
            if (changeValue >= 5_000)
            {
                _outputs.Add((changeValue, change, tracked ? changeValue : 0, participant.Owner));
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(inputs));
        foreach (var coin in inputs)
        {
            tx.AddInput(coin, 0xffffffff);
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_outputs));
        var sorted = _outputs.OrderByDescending(o => o.Value).ToList();
        foreach (var (value, address, ransom, _) in sorted)
        {
            tx.AddOutput(value, address, ransom);
        }

        if (coordinatorFee >= 5_000)
        {
            tx.AddOutput(coordinatorFee, FeeAddress, coordinatorRansom);
        }

        var coins = tx.Commit(TransactionPurposes.CoinJoin, Entity, flow);
        for (var i = 0; i < sorted.Count; i++)
        {
            sorted[i].Owner.Keep(coins[i], "wasabi");
        }
    }

    private static long Largest(long amount)
    {
        for (var i = StandardDenominations.Length - 1; i >= 0; i--)
        {
            if (StandardDenominations[i] <= amount)
            {
                return StandardDenominations[i];
            }
        }

        return 0;
    }

    private static long InputVbytes(AddressKind kind) => kind switch
    {
        AddressKind.P2pkh => 148,
        AddressKind.P2shP2wpkh => 91,
        AddressKind.P2wpkh => 68,
        _ => 58,
    };

    private static long[] BuildDenominations()
    {
        var values = new List<long>();
        for (long decade = 10_000; decade <= 1_000_000_000; decade *= 10)
        {
            values.Add(decade);
            values.Add(decade * 2);
            values.Add(decade * 5);
        }

        return [.. values];
    }

    private sealed record Participant(IMixer Owner, Wallet? Wallet)
    {
        public List<Coin> Coins { get; } = [];
    }
}
