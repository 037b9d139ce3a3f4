namespace ChainTrace.Scenarios.Bitcoin.Economy;

/// <summary>
/// The shape of a scenario derived from its options: block budget, population, and the block range of the economy,
/// on which the ransomware storyline's phases are placed as fractions.
/// </summary>
/// <param name="Transactions">Target transaction count, coinbases included.</param>
/// <param name="PerBlock">Transactions per economy block, coinbase included.</param>
/// <param name="EconomyStart">First economy block (after genesis and the 100 coinbase-only blocks).</param>
/// <param name="EconomyBlocks">Planned number of economy blocks.</param>
/// <param name="Users">Number of ordinary users.</param>
/// <param name="Victims">Number of ransomware victims.</param>
/// <param name="Exchanges">Number of exchanges.</param>
internal sealed record ScenarioPlan(long Transactions, int PerBlock, int EconomyStart, int EconomyBlocks, int Users, int Victims, int Exchanges)
{
    /// <summary>Coinbase-only blocks after genesis, so that the first coinbase is spendable in the first economy block.</summary>
    public const int BootstrapBlocks = ChainWriter.CoinbaseMaturity;

    /// <summary>Derives the plan from validated options.</summary>
    public static ScenarioPlan From(BitcoinScenarioOptions options)
    {
        var economyTransactions = options.Transactions - 1 - BootstrapBlocks;
        var perBlock = options.TransactionsPerBlock ?? (int)Math.Clamp(economyTransactions / 40, 10, 2500);
        var blocks = (int)Math.Max(1, (economyTransactions + perBlock - 1) / perBlock);
        var users = options.Users ?? (int)Math.Clamp(options.Transactions / 100, 40, 50_000);
        var victims = options.Victims ?? (int)Math.Clamp(options.Transactions / 5_000, 3, 2_000);
        return new ScenarioPlan(options.Transactions, perBlock, BootstrapBlocks + 1, blocks, users, victims, options.Exchanges);
    }

    /// <summary>How far <paramref name="height"/> is into the planned economy (0 at its start, 1 at its planned end).</summary>
    public double Progress(int height) => (height - EconomyStart) / (double)EconomyBlocks;

    /// <summary>The height at <paramref name="fraction"/> of the planned economy.</summary>
    public int HeightAt(double fraction) => EconomyStart + (int)(fraction * EconomyBlocks);
}
