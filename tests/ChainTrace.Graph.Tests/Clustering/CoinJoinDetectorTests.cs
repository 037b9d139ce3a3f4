using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class CoinJoinDetectorTests
{
    [Fact]
    public void Scan_WhirlpoolMix_RoundByWhirlpool()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 1_000_600), (Wpkh(2), 1_000_600), (Wpkh(3), 1_000_000), (Wpkh(4), 1_000_000), (Wpkh(5), 1_009_000));
        chain.Pay(coins, (Wpkh(11), 1_000_000), (Wpkh(12), 1_000_000), (Wpkh(13), 1_000_000), (Wpkh(14), 1_000_000), (Wpkh(15), 1_000_000));

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal(("whirlpool", CoinJoinKind.Round, 5, 1_000_000UL, 5), (detection.Detector, detection.Kind, detection.Participants, detection.Denomination, detection.Transaction));
        Assert.Equal("5 inputs → 5 outputs of exactly 0.01 BTC (Whirlpool pool), every input at most 0.0001 BTC above it", detection.Reason);
    }

    [Fact]
    public void Scan_MixInputAboveAllowance_NotWhirlpool()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 1_000_600), (Wpkh(2), 1_000_600), (Wpkh(3), 1_000_000), (Wpkh(4), 1_000_000), (Pkh(5), 1_010_001));
        chain.Pay(coins, (Wpkh(11), 1_000_000), (Wpkh(12), 1_000_000), (Wpkh(13), 1_000_000), (Wpkh(14), 1_000_000), (Wpkh(15), 1_000_000));

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal("equal-output", detection.Detector);
    }

    [Fact]
    public void Scan_Tx0_Tx0NotRound()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 3_000_000), (Wpkh(2), 2_000_000));
        chain.Pay(coins, (Wpkh(11), 1_000_600), (Wpkh(12), 1_000_600), (Wpkh(13), 1_000_600), (Wpkh(14), 1_000_600), (Wpkh(90), 50_000), (null, 0), (Wpkh(20), 946_000));

        var scan = CoinJoinDetectors.Scan(chain.Build());

        var detection = Assert.Single(scan.Detections);
        Assert.Equal(("whirlpool", CoinJoinKind.Tx0, 4, 1_000_000UL), (detection.Detector, detection.Kind, detection.Participants, detection.Denomination));
        Assert.Equal("TX0: 4 premix output(s) of 0.010006 BTC for the 0.01 BTC pool, an OP_RETURN and 2 other output(s)", detection.Reason);
        Assert.Equal(0, scan.RoundCount);
        Assert.False(scan.IsRound(detection.Transaction));
        Assert.Same(detection, scan.Find(detection.Transaction));
    }

    [Fact]
    public void Scan_Wasabi1Round_RoundByWasabi1()
    {
        var chain = new TestChain();
        var coins = chain.Coins(Enumerable.Range(0, 12).Select(i => (Wpkh(i), 10_500_000UL + (ulong)(i * 100_000))).ToArray());
        var outputs = Enumerable.Range(0, 12).Select(i => ((string?)Wpkh(100 + i), 10_000_000UL))
            .Concat(Enumerable.Range(0, 6).Select(i => ((string?)Wpkh(200 + i), 400_000UL + (ulong)(i * 77_777))))
            .Append((Wpkh(300), 250_000UL)).ToArray();
        chain.Pay(coins, outputs);

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal(("wasabi1", CoinJoinKind.Round, 12, 10_000_000UL), (detection.Detector, detection.Kind, detection.Participants, detection.Denomination));
    }

    [Fact]
    public void Scan_Wasabi1RoundWithLegacyOutput_NotWasabi1()
    {
        var chain = new TestChain();
        var coins = chain.Coins(Enumerable.Range(0, 12).Select(i => (Wpkh(i), 10_500_000UL)).ToArray());
        var outputs = Enumerable.Range(0, 12).Select(i => ((string?)Wpkh(100 + i), 10_000_000UL)).Append((Pkh(300), 250_000UL)).Append((Pkh(301), 260_000UL)).ToArray();
        chain.Pay(coins, outputs);

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal("equal-output", detection.Detector);
    }

    [Fact]
    public void Scan_Wasabi2Round_RoundByWasabi2()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 7_300_000), (Tr(2), 3_100_000), (Wpkh(3), 1_250_000), (Wpkh(4), 900_000), (Tr(5), 620_000), (Wpkh(6), 2_000_000));
        chain.Pay(
            coins,
            (Tr(10), 5_000_000), (Wpkh(11), 2_000_000), (Tr(12), 2_000_000), (Wpkh(13), 2_000_000), (Wpkh(14), 1_000_000),
            (Tr(15), 1_000_000), (Wpkh(16), 531_441), (Wpkh(17), 500_000), (Tr(18), 200_000), (Wpkh(19), 123_456), (Wpkh(20), 45_000));

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal(("wasabi2", CoinJoinKind.Round, 6, 2_000_000UL), (detection.Detector, detection.Kind, detection.Participants, detection.Denomination));
        Assert.Equal("6 inputs, 9 of 11 outputs standard denominations, outputs ordered largest first (Wasabi 2.0)", detection.Reason);
    }

    [Fact]
    public void Scan_EqualRoundPaymentsSortedWithChange_NotFlagged()
    {
        // A payer splitting 0.2 BTC among four payees (change last): sorted, standard values, but one repeated value and one change.
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 300_000), (Wpkh(2), 250_000), (Wpkh(3), 150_000), (Wpkh(4), 90_000), (Wpkh(5), 80_000), (Wpkh(6), 60_000), (Wpkh(7), 50_000));
        chain.Pay(coins, (Wpkh(10), 200_000), (Wpkh(11), 200_000), (Wpkh(12), 200_000), (Wpkh(13), 200_000), (Wpkh(14), 176_000));

        Assert.Empty(CoinJoinDetectors.Scan(chain.Build()).Detections);
    }

    [Fact]
    public void Scan_JoinMarketRound_RoundByJoinMarket()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 4_000_000), (Wpkh(2), 2_600_000), (Wpkh(3), 9_100_000), (Wpkh(4), 3_300_000));
        chain.Pay(coins, (Wpkh(10), 2_512_345), (Wpkh(11), 2_512_345), (Wpkh(12), 2_512_345), (Wpkh(13), 2_512_345), (Wpkh(14), 1_488_000), (Wpkh(15), 88_100), (Wpkh(16), 6_587_000), (Wpkh(17), 787_000));

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal(("joinmarket", CoinJoinKind.Round, 4, 2_512_345UL), (detection.Detector, detection.Kind, detection.Participants, detection.Denomination));
    }

    [Fact]
    public void Scan_EqualPaymentsWithOneChange_NotFlagged()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 4_000_000), (Wpkh(2), 2_600_000), (Wpkh(3), 9_100_000));
        chain.Pay(coins, (Wpkh(10), 4_500_000), (Wpkh(11), 4_500_000), (Wpkh(12), 4_500_000), (Wpkh(13), 2_190_000));

        Assert.Empty(CoinJoinDetectors.Scan(chain.Build()).Detections);
    }

    [Fact]
    public void Scan_GenericEqualOutputsWithoutChange_RoundByEqualOutput()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 700_000), (Wpkh(2), 700_000), (Sh(3), 700_000));
        chain.Pay(coins, (Wpkh(10), 690_000), (Pkh(11), 690_000), (Sh(12), 690_000));

        var detection = Assert.Single(CoinJoinDetectors.Scan(chain.Build()).Detections);

        Assert.Equal(("equal-output", CoinJoinKind.Round, 3), (detection.Detector, detection.Kind, detection.Participants));
        Assert.Equal("3 equal outputs of 0.0069 BTC to distinct new addresses from 3 input addresses, 3 outputs in all", detection.Reason);
    }

    [Fact]
    public void Scan_EqualOutputsToReusedAddress_NotFlagged()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(10), 5_000));
        var coins = chain.Coins((Pkh(1), 700_000), (Wpkh(2), 700_000), (Sh(3), 700_000));
        chain.Pay(coins, (Wpkh(10), 690_000), (Pkh(11), 690_000), (Sh(12), 690_000));

        Assert.Empty(CoinJoinDetectors.Scan(chain.Build()).Detections);
    }

    [Fact]
    public void Scan_EmptyDetectorList_NothingFound()
    {
        var chain = new TestChain();
        var coins = chain.Coins((Pkh(1), 700_000), (Wpkh(2), 700_000), (Sh(3), 700_000));
        chain.Pay(coins, (Wpkh(10), 690_000), (Pkh(11), 690_000), (Sh(12), 690_000));

        Assert.Empty(CoinJoinDetectors.Scan(chain.Build(), []).Detections);
    }

    [Theory]
    [InlineData(5_000UL, true)]
    [InlineData(10_000UL, true)]
    [InlineData(531_441UL, true)]
    [InlineData(1_062_882UL, true)]
    [InlineData(1UL << 30, true)]
    [InlineData(4_096UL, false)]
    [InlineData(123_456UL, false)]
    [InlineData(300_000UL, false)]
    public void IsStandardDenomination_Values_WabiSabiSet(ulong satoshis, bool expected) =>
        Assert.Equal(expected, Wasabi2Detector.IsStandardDenomination(satoshis));
}
