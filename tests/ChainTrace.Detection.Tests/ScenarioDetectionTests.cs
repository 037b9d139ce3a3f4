using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Storage;

namespace ChainTrace.Detection.Tests;

/// <summary>Detectors and the model measured against the generated chain's answer key (seed 12; the model trains on seed 11).</summary>
[Collection(ScenarioGroup.Name)]
public sealed class ScenarioDetectionTests(ScenarioFixture fixture)
{
    [Fact]
    public void PeelingChains_TestChain_PrecisionAndRecallAgainstAnswerKey()
    {
        var chain = fixture.Test;
        var truth = chain.Transactions
            .Where(t => t.Purpose == TransactionPurposes.Peel
                || (t.Purpose == TransactionPurposes.CashOut && t.FlowId is { } flow && flow.StartsWith("peel-", StringComparison.Ordinal)))
            .Select(t => chain.Node(t.Txid))
            .ToHashSet();
        var flags = new PeelingChainDetector().Detect(chain.Graph);
        var found = flags.SelectMany(f => f.Transactions).ToHashSet();
        var (precision, recall) = Score(truth, found);
        Assert.Equal(35, truth.Count);
        Assert.Equal(35, found.Count);
        Assert.Equal((1.0, 1.0), (precision, recall));
        Assert.True(precision >= 0.9 && recall >= 0.9);
        Assert.Equal([16, 19], flags.Select(f => f.Transactions.Count).Order().ToArray());
        Assert.All(flags, f => Assert.All(f.Values, v => Assert.False(double.IsNaN(v.Value))));
    }

    [Fact]
    public void CoinJoinParticipation_TestChain_PrecisionAndRecallAgainstAnswerKey()
    {
        var chain = fixture.Test;
        var truth = new HashSet<int>();
        foreach (var tx in chain.Transactions.Where(t => t.Purpose == TransactionPurposes.CoinJoin))
        {
            var node = chain.Node(tx.Txid);
            var inputs = chain.Graph.InputsOf(node);
            for (var leg = inputs.Start.Value; leg < inputs.End.Value; leg++)
            {
                truth.Add(chain.Graph.Input(leg).Address);
            }
        }

        var flags = new CoinJoinParticipationDetector().Detect(chain.Graph);
        var found = flags.SelectMany(f => f.Addresses).ToHashSet();
        var (precision, recall) = Score(truth, found);
        Assert.Equal(994, truth.Count);
        Assert.Equal(994, found.Count);
        Assert.Equal((1.0, 1.0), (precision, recall));
        Assert.All(flags, f => Assert.NotEmpty(f.Transactions));
    }

    [Fact]
    public void RansomModel_TrainedOnOtherSeed_RansomAddressesScoreAboveUsers()
    {
        var model = fixture.RansomModel;
        var (rows, labels) = fixture.Test.RansomVersusUsers();
        var scores = model.Score(AddressFeatureExtractor.Extract(fixture.Test.Graph), rows);
        var metrics = ClassificationMetrics.Compute(scores, labels, model.Threshold);
        var ransomMean = Enumerable.Range(0, rows.Count).Where(i => labels[i]).Average(i => scores[i]);
        var userMean = Enumerable.Range(0, rows.Count).Where(i => !labels[i]).Average(i => scores[i]);
        Assert.Equal(100, labels.Count(l => l));
        Assert.Equal(17_271, labels.Count(l => !l));
        Assert.True(ransomMean > userMean);
        Assert.True(metrics.Auc >= 0.999, metrics.ToString());
        Assert.Equal((84, 0, 17_271, 16), (metrics.TruePositives, metrics.FalsePositives, metrics.TrueNegatives, metrics.FalseNegatives));
    }

    [Fact]
    public async Task FlagScorer_TestChain_FlagsTableWithEvidenceReadBackByDuckDb()
    {
        var chain = fixture.Test;
        var model = fixture.RansomModel;
        var report = FlagScorer.Score(chain.Graph, model);
        Assert.Equal(chain.Graph.Addresses.Count, report.Scores.Count);
        Assert.All(report.Rows, r => Assert.False(string.IsNullOrEmpty(r.EvidenceTxids)));
        Assert.All(report.Rows.Where(r => r.IsFlagged), r => Assert.False(string.IsNullOrEmpty(r.TopFeatures)));
        Assert.All(report.Rows.Where(r => r.Patterns.Length > 0), r => Assert.False(string.IsNullOrEmpty(r.PatternEvidence)));
        var ransom = chain.Addresses.Where(a => a.Role == AddressRoles.Ransom).Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(84, report.Rows.Count(r => r.IsFlagged && ransom.Contains(r.Address)));

        var network = Dataset.OpenExisting(chain.Dataset).Manifest.Network;
        using (var dataset = await Dataset.OpenOrCreateAsync(chain.Dataset, Core.ChainKind.Bitcoin, network))
        {
            await FlagsTable.WriteAsync(dataset, report.Rows);
        }

        using var query = DatasetQuery.Open(chain.Dataset, [FlagsTable.Schema]);
        var result = query.Execute(
            "SELECT count(*), count(*) FILTER (WHERE is_flagged), count(*) FILTER (WHERE patterns LIKE '%peeling_chain%'), max(score) FROM flags");
        var row = Assert.Single(result.Rows);
        Assert.Equal((long)report.Rows.Count, Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((long)report.Rows.Count(r => r.IsFlagged), Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((long)report.Rows.Count(r => r.Patterns.Contains("peeling_chain", StringComparison.Ordinal)), Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(report.Rows[0].Score, (double)row[3]!, 12);
        var readBack = query.Read(FlagsTable.Schema).ToList();
        Assert.Equal(report.Rows.OrderBy(r => r.Address, StringComparer.Ordinal), readBack.OrderBy(r => r.Address, StringComparer.Ordinal));
    }

    [Fact]
    public void TrainFromLabelledGraph_SameAsExplicitFeatures()
    {
        var (rows, labels) = fixture.Train.RansomVersusUsers();
        var data = new LabelledGraph(fixture.Train.Graph, rows.Select((r, i) => new LabelledAddress(r, labels[i], DatasetSplit.None)).ToList(), null);
        var model = DetectionModelTrainer.Train(data, portable: true, TrainingOptions.Default with { BalanceClasses = true });
        var features = AddressFeatureExtractor.Extract(fixture.Test.Graph);
        Assert.Equal(fixture.RansomModel.FeatureNames, model.FeatureNames);
        Assert.Equal(fixture.RansomModel.Score(features), model.Score(features));
    }

    private static (double Precision, double Recall) Score(HashSet<int> truth, HashSet<int> found)
    {
        var hits = truth.Intersect(found).Count();
        return ((double)hits / found.Count, (double)hits / truth.Count);
    }
}
