namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>A coin of the operator waiting to be cashed out, with the route it came by and since when it waits.</summary>
internal readonly record struct HeldCoin(Coin Coin, string Route, int Since);
