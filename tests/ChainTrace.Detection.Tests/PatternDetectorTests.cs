using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection.Tests;

public sealed class PatternDetectorTests
{
    [Fact]
    public void PeelingChain_SixSplitsAndSweep_OneFlagWithEveryHop()
    {
        var graph = PeelGraph(splits: 6, freshRemainder: true);
        var flags = new PeelingChainDetector().Detect(graph);
        var flag = Assert.Single(flags);
        Assert.Equal(PatternNames.PeelingChain, flag.Pattern);
        Assert.Equal(Enumerable.Range(1, 7).ToArray(), flag.Transactions);
        Assert.Equal(7, Value(flag, "hops"));
        Assert.Equal(100, Value(flag, "start_value"), 9);
        Assert.Equal(30, Value(flag, "peeled_value"), 9);
        Assert.Equal(7, flag.Addresses.Count);
        Assert.Contains("7 hops", flag.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void PeelingChain_TooShort_NoFlag() =>
        Assert.Empty(new PeelingChainDetector(new PeelingChainOptions { MinimumHops = 8 }).Detect(PeelGraph(splits: 6, freshRemainder: true)));

    [Fact]
    public void PeelingChain_RemainderToReusedAddress_NoFlag() =>
        Assert.Empty(new PeelingChainDetector().Detect(PeelGraph(splits: 6, freshRemainder: false)));

    [Fact]
    public void PeelingChain_AccountGraph_NoFlags() =>
        Assert.Empty(new PeelingChainDetector().Detect(TestGraphs.Ethereum(("a", "b", 1m, 1))));

    [Fact]
    public void PeelingChainOptions_ShareAboveHalf_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeelingChainDetector(new PeelingChainOptions { MaximumPeelShare = 0.6 }));

    [Fact]
    public void Structuring_FourPaymentsJustBelowThreshold_Flagged()
    {
        var graph = TestGraphs.Ethereum(
            ("s", "r1", 0.95m, 100), ("s", "r2", 0.9m, 200), ("s", "r3", 0.85m, 300), ("s", "r4", 0.99m, 400), ("s", "r5", 0.5m, 500));
        var flag = Assert.Single(new StructuringDetector().Detect(graph));
        Assert.Equal([TestGraphs.Id(graph, "s")], flag.Addresses);
        Assert.Equal([0, 1, 2, 3], flag.Transactions);
        Assert.Equal(4, Value(flag, "payments"));
        Assert.Equal(3.69, Value(flag, "total_value"), 9);
        Assert.Equal(4, Value(flag, "recipients"));
    }

    [Fact]
    public void Structuring_PaymentsDaysApart_NoFlag()
    {
        var graph = TestGraphs.Ethereum(("s", "r1", 0.95m, 0), ("s", "r2", 0.9m, 100_000), ("s", "r3", 0.85m, 200_000));
        Assert.Empty(new StructuringDetector().Detect(graph));
    }

    [Fact]
    public void FanIn_TwelveSendersInADay_FlaggedWithForwardedShare()
    {
        var transfers = Enumerable.Range(0, 12).Select(i => ($"v{i}", "h", 1m, 100L + i)).Append(("h", "out", 6m, 500L)).ToArray();
        var graph = TestGraphs.Ethereum(transfers);
        var flag = Assert.Single(new FanInDetector().Detect(graph));
        Assert.Equal([TestGraphs.Id(graph, "h")], flag.Addresses);
        Assert.Equal(12, flag.Transactions.Count);
        Assert.Equal(12, Value(flag, "senders"));
        Assert.Equal(12, Value(flag, "received_value"), 9);
        Assert.Equal(0.5, Value(flag, "forwarded_share"), 9);
    }

    [Fact]
    public void FanIn_NineSenders_NoFlag() =>
        Assert.Empty(new FanInDetector().Detect(TestGraphs.Ethereum(Enumerable.Range(0, 9).Select(i => ($"v{i}", "h", 1m, 100L + i)).ToArray())));

    [Fact]
    public void RapidPassThrough_ForwardedWithinTheHour_FlaggedWithFifoDelay()
    {
        var graph = TestGraphs.Ethereum(("a", "p", 1m, 0), ("b", "p", 2m, 100), ("p", "c", 2.9m, 700));
        var flag = Assert.Single(new RapidPassThroughDetector().Detect(graph));
        Assert.Equal([TestGraphs.Id(graph, "p")], flag.Addresses);
        Assert.Equal([0, 1, 2], flag.Transactions);
        Assert.Equal(2.9 / 3, Value(flag, "passed_share"), 9);
        Assert.Equal(((1 * 700) + (1.9 * 600)) / 2.9, Value(flag, "mean_delay_seconds"), 6);
    }

    [Fact]
    public void RapidPassThrough_ForwardedNextDay_NoFlag() =>
        Assert.Empty(new RapidPassThroughDetector().Detect(TestGraphs.Ethereum(("a", "p", 1m, 0), ("b", "p", 2m, 100), ("p", "c", 2.9m, 90_000))));

    [Fact]
    public void MixerParticipation_SenderAndRecipientFlagged_MixerNot()
    {
        var graph = TestGraphs.Ethereum(("u", "m", 1m, 10), ("m", "v", 0.9m, 20), ("u", "w", 1m, 30));
        var flags = new MixerParticipationDetector(["m"]).Detect(graph);
        Assert.Equal(2, flags.Count);
        var u = flags.Single(f => f.Addresses[0] == TestGraphs.Id(graph, "u"));
        var v = flags.Single(f => f.Addresses[0] == TestGraphs.Id(graph, "v"));
        Assert.Equal(1, Value(u, "sent_to_mixer"), 9);
        Assert.Equal([0], u.Transactions);
        Assert.Equal(0.9, Value(v, "received_from_mixer"), 9);
        Assert.Equal([1], v.Transactions);
    }

    [Fact]
    public void MixerParticipation_UnknownMixer_NoFlags() =>
        Assert.Empty(new MixerParticipationDetector(["nobody"]).Detect(TestGraphs.Ethereum(("u", "m", 1m, 10))));

    [Fact]
    public void RoundTripping_ValueBackInThreeHops_FlaggedWithPath()
    {
        var graph = TestGraphs.Ethereum(("f", "a", 5m, 1), ("a", "b", 1m, 100), ("b", "c", 1m, 200), ("c", "a", 0.9m, 300));
        var flag = Assert.Single(new RoundTrippingDetector().Detect(graph));
        Assert.Equal([TestGraphs.Id(graph, "a")], flag.Addresses);
        Assert.Equal([1, 2, 3], flag.Transactions);
        Assert.Equal(3, Value(flag, "hops"));
        Assert.Equal(0.9, Value(flag, "returned_value"), 9);
        Assert.Equal(200, Value(flag, "elapsed_seconds"));
    }

    [Fact]
    public void RoundTripping_MoreHopsThanAllowed_NoFlag()
    {
        var graph = TestGraphs.Ethereum(("f", "a", 5m, 1), ("a", "b", 1m, 100), ("b", "c", 1m, 200), ("c", "a", 0.9m, 300));
        Assert.Empty(new RoundTrippingDetector(new RoundTrippingOptions { MaximumHops = 2 }).Detect(graph));
    }

    [Fact]
    public void CoinJoinParticipation_WhirlpoolMix_EveryInputAddressFlagged()
    {
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        var inputs = Enumerable.Range(0, 5).Select(i => builder.Address($"in{i}")).ToArray();
        builder.BeginTransaction(TestGraphs.Hash(1), FlowTransactionKind.Utxo, 1, 1, 600);
        foreach (var address in inputs)
        {
            builder.AddInput(address, 100_600);
        }

        for (var i = 0; i < 5; i++)
        {
            builder.AddOutput(builder.Address($"out{i}"), 100_000);
        }

        var graph = builder.Build();
        var flags = new CoinJoinParticipationDetector().Detect(graph);
        Assert.Equal(inputs, flags.Select(f => f.Addresses[0]).ToArray());
        Assert.All(flags, f => Assert.Equal([0], f.Transactions));
        Assert.All(flags, f => Assert.Equal(0.001, Value(f, "denomination"), 12));
        Assert.Contains("whirlpool", flags[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_WithMixers_SevenDetectorsOnePerPattern()
    {
        var detectors = PatternDetectors.Default(["m"]);
        Assert.Equal(7, detectors.Select(d => d.Pattern).Distinct().Count());
        Assert.Equal(6, PatternDetectors.Default().Count);
    }

    /// <summary>
    /// Funding (tx 0: an outside coin of 100 BTC to h0), then <paramref name="splits"/> hops each paying 5 BTC to a
    /// fresh shop and the remainder (less 0.001 fee) to h1, h2 … (or always h when not fresh), then a sweep of the
    /// last remainder to an exchange.
    /// </summary>
    private static FlowGraph PeelGraph(int splits, bool freshRemainder)
    {
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        builder.BeginTransaction(TestGraphs.Hash(0), FlowTransactionKind.Utxo, 1, 0, 600);
        builder.AddInput(builder.Address("source"), 100 * TestGraphs.Sat);
        builder.AddOutput(builder.Address(freshRemainder ? "h0" : "h"), 100 * TestGraphs.Sat);
        var value = 100 * TestGraphs.Sat;
        var remainderVout = 0;
        for (var i = 1; i <= splits; i++)
        {
            builder.BeginTransaction(TestGraphs.Hash(i), FlowTransactionKind.Utxo, 1 + i, 0, 600 + (600 * i));
            builder.AddInput(TestGraphs.Hash(i - 1), remainderVout);
            value -= (5 * TestGraphs.Sat) + 100_000;
            remainderVout = i % 2;
            if (remainderVout == 0)
            {
                builder.AddOutput(builder.Address(freshRemainder ? $"h{i}" : "h"), value);
                builder.AddOutput(builder.Address($"shop{i}"), 5 * TestGraphs.Sat);
            }
            else
            {
                builder.AddOutput(builder.Address($"shop{i}"), 5 * TestGraphs.Sat);
                builder.AddOutput(builder.Address(freshRemainder ? $"h{i}" : "h"), value);
            }
        }

        builder.BeginTransaction(TestGraphs.Hash(splits + 1), FlowTransactionKind.Utxo, splits + 2, 0, 600 + (600 * (splits + 1)));
        builder.AddInput(TestGraphs.Hash(splits), remainderVout);
        builder.AddOutput(builder.Address("exchange"), value - 100_000);
        return builder.Build();
    }

    private static double Value(PatternFlag flag, string name) => flag.Values.Single(v => v.Name == name).Value;
}
