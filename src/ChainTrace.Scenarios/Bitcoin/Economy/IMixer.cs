namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>A CoinJoin participant: gets fresh output addresses and decides what happens to its mixed coins.</summary>
internal interface IMixer
{
    /// <summary>The participant's entity index.</summary>
    int Entity { get; }

    /// <summary>A fresh address of the participant for a premix, postmix or round output.</summary>
    AddressRef NewMixAddress(AddressBook addresses, AddressRole role);

    /// <summary>True when a freshly mixed Whirlpool output should stay in the pool for another (free) remix.</summary>
    bool WantsRemix(ScenarioRandom random);

    /// <summary>Takes a coin out of CoinJoin: a postmix output, round output, unmixed premix or TX0 change.</summary>
    /// <param name="coin">The coin.</param>
    /// <param name="route">How it was produced (the cash-out route names).</param>
    void Keep(in Coin coin, string route);
}
