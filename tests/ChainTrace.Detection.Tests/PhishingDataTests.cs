using System.Globalization;

namespace ChainTrace.Detection.Tests;

/// <summary>
/// The real-label measurements of the README's accuracy table. Figures are asserted exactly as measured (seeded,
/// single-threaded training), so any change to features or training shows up here.
/// </summary>
public sealed class PhishingDataTests
{
    private static readonly Lazy<LabelledGraph> XBlock = new(() => XBlockPhishingDataset.Load(SharedData.PathOf("ml/eth-phishing")));

    private static readonly Lazy<LabelledGraph> Accounts = new(() => PhishingAccountsDataset.Load(SharedData.PathOf("ml/eth-phishing/original_copy")));

    private static readonly Lazy<FeatureMatrix> XBlockFeatures = new(
        () => AddressFeatureExtractor.Extract(XBlock.Value.Graph, transferMultiplicity: XBlock.Value.TransferMultiplicity));

    private static readonly Lazy<FeatureMatrix> AccountFeatures = new(() => AddressFeatureExtractor.Extract(Accounts.Value.Graph));

    [SharedDataFact]
    public void XBlockLoad_CountsSplitAndExactWei()
    {
        var data = XBlock.Value;
        Assert.Equal(106_083, data.Graph.TransactionCount);
        Assert.Equal(86_622, data.Graph.Addresses.Count);
        Assert.Equal(890, data.Labels.Count);
        Assert.Equal(445, data.Labels.Count(l => l.IsPositive));
        Assert.Equal(623, data.On(DatasetSplit.Train).Count);
        Assert.Equal(267, data.On(DatasetSplit.Test).Count);
        Assert.Equal(401_176, data.TransferMultiplicity!.Sum());

        // Edge row 1: 1 → 1084, 20.80098167 ETH, 4 transactions, t 1490158327.
        var node = data.Graph.TransactionsOf(RowHash(1)).Single();
        Assert.Equal(UInt128.Parse("20800981670000000000", CultureInfo.InvariantCulture), data.Graph.Input(data.Graph.InputsOf(node).Start.Value).Value);
        Assert.Equal("xblock:1", data.Graph.Addresses[data.Graph.Input(data.Graph.InputsOf(node).Start.Value).Address]);
        Assert.Equal("xblock:1084", data.Graph.Addresses[data.Graph.Output(data.Graph.OutputsOf(node).Start.Value).Address]);
        Assert.Equal(1_490_158_327, data.Graph.Transaction(node).Timestamp);
        Assert.Equal(4, data.TransferMultiplicity![node]);
    }

    [SharedDataFact]
    public void XBlockTestSplit_PortableFeatures_AboveEightyFivePercentExactly()
    {
        var result = PhishingEvaluation.TrainTest(XBlock.Value, portable: true, features: XBlockFeatures.Value);
        var m = result.Metrics;
        Assert.Equal((121, 8, 131, 7), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
        Assert.True(m.Accuracy >= 0.85);
        Assert.Equal(252.0 / 267, m.Accuracy, 12);
        Assert.Equal(53, result.FeatureCount);
        Assert.DoesNotContain(AddressFeatureNames.FirstSeen, result.Model!.FeatureNames);
    }

    [SharedDataFact]
    public void XBlockTestSplit_AllFeatures_ExactFigures()
    {
        var m = PhishingEvaluation.TrainTest(XBlock.Value, portable: false, features: XBlockFeatures.Value).Metrics;
        Assert.Equal((124, 2, 137, 4), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
        Assert.Equal(261.0 / 267, m.Accuracy, 12);
    }

    [SharedDataTheory]
    [InlineData("dates", 120, 3, 136, 8)]
    [InlineData("no-timing", 118, 13, 126, 10)]
    [InlineData("degree-amount", 114, 20, 119, 14)]
    public void XBlockTestSplit_FeatureAblations_ExactFigures(string set, int tp, int fp, int tn, int fn)
    {
        string[] timing =
        [
            AddressFeatureNames.FirstSeen, AddressFeatureNames.LastSeen, AddressFeatureNames.ActiveSpan, AddressFeatureNames.FirstOutDelay,
            AddressFeatureNames.InGapMean, AddressFeatureNames.InGapMin, AddressFeatureNames.OutGapMean, AddressFeatureNames.OutGapMin,
            AddressFeatureNames.HoldTimeMean, AddressFeatureNames.FastForwardShare, AddressFeatureNames.TransfersPerDay, AddressFeatureNames.ActiveDays,
        ];
        string[] degreeAmount =
        [
            AddressFeatureNames.InTx, AddressFeatureNames.OutTx, AddressFeatureNames.InValue, AddressFeatureNames.OutValue,
            AddressFeatureNames.InValueMean, AddressFeatureNames.OutValueMean, AddressFeatureNames.InValueMax, AddressFeatureNames.OutValueMax,
            AddressFeatureNames.InValueMin, AddressFeatureNames.OutValueMin, AddressFeatureNames.InValueStd, AddressFeatureNames.OutValueStd,
        ];
        var all = XBlockFeatures.Value;
        var columns = set switch
        {
            "dates" => AddressFeatureNames.AbsoluteDates,
            "no-timing" => all.Names.Except(timing).ToList(),
            _ => degreeAmount,
        };
        var m = PhishingEvaluation.TrainTest(XBlock.Value, portable: false, features: all.SelectColumns(columns)).Metrics;
        Assert.Equal((tp, fp, tn, fn), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
    }

    [SharedDataFact]
    public void XBlockTrain_Twice_IdenticalScores()
    {
        var first = PhishingEvaluation.TrainTest(XBlock.Value, features: XBlockFeatures.Value).Model!;
        var second = PhishingEvaluation.TrainTest(XBlock.Value, features: XBlockFeatures.Value).Model!;
        var features = XBlockFeatures.Value;
        var rows = XBlock.Value.Labels.Select(l => l.Address).ToList();
        Assert.Equal(first.Score(features, rows), second.Score(features, rows));
    }

    [SharedDataFact]
    public void PhishingAccountsLoad_LabelsAndTransactions()
    {
        var data = Accounts.Value;
        Assert.Equal(2_400, data.Labels.Count);
        Assert.Equal(1_262, data.Labels.Count(l => l.IsPositive));
        Assert.Equal(93_823, data.Graph.TransactionCount);
        Assert.All(data.Labels, l => Assert.Equal(DatasetSplit.None, l.Split));
    }

    [SharedDataFact]
    public void PhishingAccounts_FiveFoldPortable_ExactFigures()
    {
        var m = PhishingEvaluation.CrossValidate(Accounts.Value, folds: 5, seed: 7, portable: true, features: AccountFeatures.Value).Metrics;
        Assert.Equal((1205, 245, 893, 57), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
    }

    [SharedDataFact]
    public void PhishingAccounts_FiveFoldAllFeatures_ExactFigures()
    {
        var m = PhishingEvaluation.CrossValidate(Accounts.Value, folds: 5, seed: 7, portable: false, features: AccountFeatures.Value).Metrics;
        Assert.Equal((1225, 70, 1068, 37), (m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives));
    }

    private static Core.Hash256 RowHash(int row)
    {
        Span<byte> bytes = stackalloc byte[Core.Hash256.Size];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, row);
        "xblock"u8.CopyTo(bytes[24..]);
        return new Core.Hash256(bytes);
    }
}
