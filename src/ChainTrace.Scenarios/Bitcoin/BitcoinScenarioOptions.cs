using System.Globalization;

namespace ChainTrace.Scenarios.Bitcoin;

/// <summary>What <see cref="BitcoinScenarioGenerator"/> generates and where. Same options (progress aside), same bytes.</summary>
public sealed record BitcoinScenarioOptions
{
    /// <summary>The smallest chain that holds the whole storyline (500 transactions).</summary>
    public const long MinTransactions = 500;

    /// <summary>The largest chain accepted (1,000,000,000 transactions).</summary>
    public const long MaxTransactions = 1_000_000_000;

    /// <summary>Core's blk file size limit, 128 MiB: the default of <see cref="MaxBlockFileBytes"/>.</summary>
    public const long CoreMaxBlockFileBytes = 128L * 1024 * 1024;

    /// <summary>The folder to write: <c>blocks/</c>, <c>answer-key.json</c>, <c>answer-key/</c>, <c>tags/</c>. Required.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The seed every choice derives from. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Transactions in the chain, coinbases included (the genesis block and 100 coinbase-only blocks among them): the
    /// size knob. The chain has exactly this many unless the ransomware storyline needs a few more blocks to finish,
    /// then it ends as soon as it is done. Default 5,000; at least <see cref="MinTransactions"/>.
    /// </summary>
    public long Transactions { get; init; } = 5_000;

    /// <summary>
    /// Transactions per block in the economy, coinbase included. Default null: about a fortieth of the chain, between
    /// 10 and 2,500 (2,500 from 100,000 transactions up, mainnet-like blocks).
    /// </summary>
    public int? TransactionsPerBlock { get; init; }

    /// <summary>Ordinary users. Default null: one per 100 transactions, between 40 and 50,000.</summary>
    public int? Users { get; init; }

    /// <summary>Ransomware victims. Default null: one per 5,000 transactions, between 3 and 2,000.</summary>
    public int? Victims { get; init; }

    /// <summary>Exchanges, 1 to 50. Default 3.</summary>
    public int Exchanges { get; init; } = 3;

    /// <summary>
    /// When true, writes a seeded non-zero 8-byte <c>xor.dat</c> and XORs every blk byte with it, as Bitcoin Core 28+
    /// does. Default false (no <c>xor.dat</c>).
    /// </summary>
    public bool Obfuscate { get; init; }

    /// <summary>
    /// The size at which a new <c>blkNNNNN.dat</c> starts, in bytes: a block that would take the file past it goes
    /// into the next file. Default <see cref="CoreMaxBlockFileBytes"/> (128 MiB); at least 4,096.
    /// </summary>
    public long MaxBlockFileBytes { get; init; } = CoreMaxBlockFileBytes;

    /// <summary>
    /// Header time of block 1; each later block is 600 seconds later. Default 2024-01-01T00:00:00Z. Must be after the
    /// regtest genesis (2011-02-02) and leave the chain before 2106 (32-bit header time).
    /// </summary>
    public DateTimeOffset StartTime { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When true, replaces a scenario already in <see cref="OutputDirectory"/>; default false (refuse).</summary>
    public bool Overwrite { get; init; }

    /// <summary>Receives progress after every block. Default null: none. Not part of the output.</summary>
    public IProgress<BitcoinScenarioProgress>? Progress { get; init; }

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException"><see cref="OutputDirectory"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside its documented range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("An output folder is required.", nameof(OutputDirectory));
        }

        Check(nameof(Transactions), Transactions, MinTransactions, MaxTransactions);
        Check(nameof(Exchanges), Exchanges, 1, 50);
        Check(nameof(MaxBlockFileBytes), MaxBlockFileBytes, 4096, 1L << 31);
        if (TransactionsPerBlock is { } perBlock)
        {
            Check(nameof(TransactionsPerBlock), perBlock, 10, 4000);
        }

        if (Users is { } users)
        {
            Check(nameof(Users), users, 10, 10_000_000);
        }

        if (Victims is { } victims)
        {
            Check(nameof(Victims), victims, 1, 100_000);
        }

        var start = StartTime.ToUnixTimeSeconds();
        var plan = Economy.ScenarioPlan.From(this);
        var end = start + (600L * (plan.EconomyStart + (plan.EconomyBlocks * 3L) + 100));
        if (start <= Serialization.RegtestGenesis.Time || end > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(StartTime), StartTime, "The start time must lie after the regtest genesis (2011-02-02) and leave room for the chain's blocks before 2106.");
        }
    }

    private static void Check(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min:N0} and {max:N0}."));
        }
    }
}
