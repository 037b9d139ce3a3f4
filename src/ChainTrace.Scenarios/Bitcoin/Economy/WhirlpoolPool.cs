using System.Globalization;

namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>One Whirlpool pool: its denomination, its coordinator fee, and the coins waiting to mix.</summary>
internal sealed class WhirlpoolPool
{
    /// <summary>Creates the pool of <paramref name="denomination"/> satoshis.</summary>
    public WhirlpoolPool(long denomination, long poolFee)
    {
        Denomination = denomination;
        PoolFee = poolFee;
        FlowId = "whirlpool-" + (denomination / 1e8).ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>The equal output value of every mix, in satoshis.</summary>
    public long Denomination { get; }

    /// <summary>The coordinator fee a TX0 pays, in satoshis.</summary>
    public long PoolFee { get; }

    /// <summary>The answer key's flow id of the pool's TX0s and mixes, e.g. <c>whirlpool-0.05</c>.</summary>
    public string FlowId { get; }

    /// <summary>Premix coins waiting for their first mix, oldest first.</summary>
    public List<MixCoin> Premix { get; } = [];

    /// <summary>Postmix coins waiting to remix (free), oldest first.</summary>
    public List<MixCoin> Remix { get; } = [];
}
