namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>A coin waiting in a Whirlpool pool, with its owner.</summary>
/// <param name="Coin">The premix or postmix coin.</param>
/// <param name="Owner">Who owns it.</param>
internal readonly record struct MixCoin(Coin Coin, IMixer Owner);
