using ChainTrace.Scenarios.Bitcoin;

namespace ChainTrace.Scenarios.Tests;

public sealed class OptionsTests
{
    public static TheoryData<BitcoinScenarioOptions> OutOfRange => new()
    {
        new BitcoinScenarioOptions { OutputDirectory = "x", Transactions = BitcoinScenarioOptions.MinTransactions - 1 },
        new BitcoinScenarioOptions { OutputDirectory = "x", Exchanges = 0 },
        new BitcoinScenarioOptions { OutputDirectory = "x", MaxBlockFileBytes = 100 },
        new BitcoinScenarioOptions { OutputDirectory = "x", TransactionsPerBlock = 5 },
        new BitcoinScenarioOptions { OutputDirectory = "x", Victims = 0 },
        new BitcoinScenarioOptions { OutputDirectory = "x", StartTime = new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero) },
        new BitcoinScenarioOptions { OutputDirectory = "x", StartTime = new DateTimeOffset(2106, 2, 6, 0, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_ValueOutOfRange_ThrowsArgumentOutOfRange(BitcoinScenarioOptions options)
    {
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitcoinScenarioGenerator(options));
    }

    [Fact]
    public void Validate_EmptyOutputDirectory_ThrowsArgumentException()
    {
        var options = new BitcoinScenarioOptions { OutputDirectory = " " };
        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        new BitcoinScenarioOptions { OutputDirectory = "x" }.Validate();
        new BitcoinScenarioOptions { OutputDirectory = "x", Transactions = 10_000_000 }.Validate();
    }

    [Fact]
    public async Task GenerateAsync_FolderAlreadyHoldsAScenario_RefusesUnlessOverwrite()
    {
        using var directory = new TempDirectory();
        var options = new BitcoinScenarioOptions { OutputDirectory = directory.Path, Transactions = BitcoinScenarioOptions.MinTransactions };
        var first = await new BitcoinScenarioGenerator(options).GenerateAsync();
        await Assert.ThrowsAsync<IOException>(() => new BitcoinScenarioGenerator(options).GenerateAsync());
        var second = await new BitcoinScenarioGenerator(options with { Overwrite = true }).GenerateAsync();
        Assert.Equal(first.TipHash, second.TipHash);
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_LeavesNoAnswerKey()
    {
        using var directory = new TempDirectory();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Blocks >= 50)
            {
                cancellation.Cancel();
            }
        });
        var options = new BitcoinScenarioOptions { OutputDirectory = directory.Path, Progress = progress };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new BitcoinScenarioGenerator(options).GenerateAsync(cancellation.Token));
        Assert.False(File.Exists(directory.Combine("answer-key.json")));
    }

    [Fact]
    public async Task GenerateAsync_Progress_ReportsEveryBlockUpToTheTotal()
    {
        using var directory = new TempDirectory();
        var reports = new List<BitcoinScenarioProgress>();
        var options = new BitcoinScenarioOptions
        {
            OutputDirectory = directory.Path,
            Transactions = BitcoinScenarioOptions.MinTransactions,
            Progress = new SynchronousProgress(reports.Add),
        };
        var summary = await new BitcoinScenarioGenerator(options).GenerateAsync();
        Assert.Equal(summary.Blocks - 1, reports.Count);
        Assert.Equal(summary.Transactions, reports[^1].Transactions);
        Assert.Equal(summary.Bytes, reports[^1].Bytes);
        Assert.All(reports, r => Assert.Equal(BitcoinScenarioOptions.MinTransactions, r.TargetTransactions));
    }

    private sealed class SynchronousProgress(Action<BitcoinScenarioProgress> report) : IProgress<BitcoinScenarioProgress>
    {
        public void Report(BitcoinScenarioProgress value) => report(value);
    }
}
