namespace ChainTrace.Scenarios.Ethereum;

/// <summary>What <see cref="EthereumScenarioGenerator"/> plays on the node and where it writes the key. Validated by <see cref="Validate"/>.</summary>
public sealed record EthereumScenarioOptions
{
    /// <summary>The most victims accepted (50).</summary>
    public const int MaxVictims = 50;

    /// <summary>The most ordinary transactions accepted (5,000).</summary>
    public const int MaxOrdinaryTransactions = 5_000;

    /// <summary>
    /// JSON-RPC URL of an Anvil node (dev accounts, <c>anvil_*</c> and <c>evm_*</c> methods). The generator switches
    /// automine off while it runs and back on at the end. Required.
    /// </summary>
    public required string RpcUrl { get; init; }

    /// <summary>The folder to write <c>answer-key.json</c> and <c>tags/scenario.yaml</c> to (created). Required.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The seed every address, amount and choice derives from. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Ransomware victims, 1 to <see cref="MaxVictims"/>. Victim 1, 4, 7… pay in ETH and stablecoin, 2, 5… in ETH only,
    /// 3, 6… in stablecoin only. Default 3.
    /// </summary>
    public int Victims { get; init; } = 3;

    /// <summary>Ordinary transactions (user payments, token trades, exchange deposits and payouts), 0 to <see cref="MaxOrdinaryTransactions"/>. Default 30.</summary>
    public int OrdinaryTransactions { get; init; } = 30;

    /// <summary>Ordinary users. 2 to 100. Default 6.</summary>
    public int Users { get; init; } = 6;

    /// <summary>Clock for the TagPack's <c>lastmod</c> date. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A path or URL is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(RpcUrl, nameof(RpcUrl));
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputDirectory, nameof(OutputDirectory));
        ArgumentOutOfRangeException.ThrowIfLessThan(Victims, 1, nameof(Victims));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Victims, MaxVictims, nameof(Victims));
        ArgumentOutOfRangeException.ThrowIfNegative(OrdinaryTransactions, nameof(OrdinaryTransactions));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OrdinaryTransactions, MaxOrdinaryTransactions, nameof(OrdinaryTransactions));
        ArgumentOutOfRangeException.ThrowIfLessThan(Users, 2, nameof(Users));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Users, 100, nameof(Users));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
