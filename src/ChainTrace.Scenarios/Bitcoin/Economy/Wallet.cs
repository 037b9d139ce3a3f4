namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>The live coins of one actor (or one of its pockets), with the balance kept up to date.</summary>
internal sealed class Wallet
{
    private readonly List<Coin> _coins = [];

    /// <summary>Number of coins held.</summary>
    public int Count => _coins.Count;

    /// <summary>Sum of the coins' values, in satoshis.</summary>
    public long Balance { get; private set; }

    /// <summary>Sum of the coins' tracked ransom, in satoshis.</summary>
    public long Ransom { get; private set; }

    /// <summary>The coins, oldest first unless random takes reordered them.</summary>
    public IReadOnlyList<Coin> Coins => _coins;

    /// <summary>Adds a coin.</summary>
    public void Add(in Coin coin)
    {
        _coins.Add(coin);
        Balance += coin.Value;
        Ransom += coin.Ransom;
    }

    /// <summary>Removes and returns a random coin (the last one takes its place).</summary>
    public Coin TakeRandom(ScenarioRandom random) => TakeAt(random.Next(_coins.Count), keepOrder: false);

    /// <summary>Removes and returns the oldest coin.</summary>
    public Coin TakeOldest() => TakeAt(0, keepOrder: true);

    /// <summary>Removes and returns the coin at <paramref name="index"/>.</summary>
    public Coin TakeAt(int index, bool keepOrder)
    {
        var coin = _coins[index];
        if (keepOrder)
        {
            _coins.RemoveAt(index);
        }
        else
        {
            _coins[index] = _coins[^1];
            _coins.RemoveAt(_coins.Count - 1);
        }

        Balance -= coin.Value;
        Ransom -= coin.Ransom;
        return coin;
    }

    /// <summary>Puts back every input of an abandoned transaction.</summary>
    public void Return(IReadOnlyList<Coin> coins)
    {
        foreach (var coin in coins)
        {
            Add(coin);
        }
    }
}
