using ChainTrace.Scenarios.Bitcoin;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using FsCheck.Xunit;

namespace ChainTrace.Scenarios.Tests;

/// <summary>Invariants that hold for every seed: a valid chain, a balanced ransom ledger, a complete answer key.</summary>
public sealed class ScenarioPropertyTests
{
    [Property(MaxTest = 4)]
    public void GenerateAsync_AnySeed_ValidChainBalancedLedgerCompleteKey(long seed)
    {
        using var directory = new TempDirectory();
        var summary = new BitcoinScenarioGenerator(new BitcoinScenarioOptions
        {
            OutputDirectory = directory.Path,
            Seed = seed,
            Transactions = 700,
            Exchanges = 1 + (int)((ulong)seed % 4),
        }).GenerateAsync().GetAwaiter().GetResult();

        var chain = ParsedChain.ReadAsync(summary.BlocksDirectory).GetAwaiter().GetResult();
        Assert.Empty(ChainChecks.Violations(chain));
        Assert.Equal(700, summary.Transactions);
        var key = AnswerKeyReader.LoadAsync(directory.Path).GetAwaiter().GetResult();
        var accounting = key.RansomAccounting;
        Assert.Equal(accounting.Paid, accounting.CashedOut + accounting.PaidToOthers + accounting.MinerFees + accounting.CoordinatorFees + accounting.Held);
        Assert.Equal(0, accounting.Held);
        Assert.Equal(key.Entities.Count(e => e.Type == EntityTypes.Victim), key.RansomPayments.Count);
        var addresses = AnswerKeyReader.ReadAddressesAsync(directory.Path).ToBlockingEnumerable().Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        Assert.True(addresses.SetEquals(chain.Blocks.SelectMany(b => b.Outputs).Where(o => o.Address is not null).Select(o => o.Address!)));
    }
}
