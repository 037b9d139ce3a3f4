using ChainTrace.Graph.Clustering;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>
/// Clustering against the generated scenario's answer key (seed 1, 3,000 transactions): CoinJoin detection, pairwise
/// precision and recall per heuristic set, change verdicts against the key's change outputs, the clusters table.
/// </summary>
[Collection(ClusteringScenarioGroup.Name)]
public sealed class ScenarioClusteringTests(ClusteringScenarioFixture scenario)
{
    [Fact]
    public void Scan_Scenario_EveryRoundDetectedNoOtherTransactionFlagged()
    {
        var scan = CoinJoinDetectors.Scan(scenario.Graph);
        var rounds = scan.Detections.Where(d => d.Kind == CoinJoinKind.Round).Select(d => scenario.Graph.DisplayHash(d.Transaction)).ToHashSet(StringComparer.Ordinal);
        var tx0s = scan.Detections.Where(d => d.Kind == CoinJoinKind.Tx0).Select(d => scenario.Graph.DisplayHash(d.Transaction)).ToHashSet(StringComparer.Ordinal);
        var keyRounds = scenario.Transactions.Where(t => t.Purpose == TransactionPurposes.CoinJoin).Select(t => t.Txid).ToHashSet(StringComparer.Ordinal);
        var keyTx0s = scenario.Transactions.Where(t => t.Purpose == TransactionPurposes.CoinJoinPremix).Select(t => t.Txid).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(103, keyRounds.Count);
        Assert.True(rounds.SetEquals(keyRounds));
        Assert.Equal(118, keyTx0s.Count);
        Assert.True(tx0s.SetEquals(keyTx0s));
        Assert.Equal(
            [("wasabi2", 7), ("whirlpool", 96 + 118)],
            scan.Detections.GroupBy(d => d.Detector).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
        var wasabiFlows = scenario.Transactions.Where(t => t.FlowId?.StartsWith("wasabi-", StringComparison.Ordinal) == true).Select(t => t.Txid).ToHashSet(StringComparer.Ordinal);
        Assert.True(wasabiFlows.SetEquals(scan.Detections.Where(d => d.Detector == "wasabi2").Select(d => scenario.Graph.DisplayHash(d.Transaction))));
    }

    [Theory]
    [InlineData("multi-input, no CoinJoin exclusion", 45_470, 9_670, 1_781, 270)]
    [InlineData("multi-input + CoinJoin exclusion", 9_506, 9_506, 2_254, 31)]
    [InlineData("change-type", 24_465, 24_202, 1_470, 45)]
    [InlineData("change-round", 42_050, 42_050, 1_526, 113)]
    [InlineData("change-optimal", 10_754, 10_754, 2_154, 31)]
    [InlineData("change-fresh", 17_357, 17_300, 1_691, 31)]
    [InlineData("change-fingerprint", 47_385, 44_216, 1_240, 111)]
    [InlineData("change-peel", 9_742, 9_729, 2_181, 31)]
    [InlineData("change", 67_270, 65_811, 997, 112)]
    public void Pairwise_HeuristicSet_ExactPairCounts(string set, long predicted, long correct, int clusters, int largest)
    {
        var result = AddressClusterer.Run(scenario.Graph, OptionsFor(set));

        var score = ClusteringEvaluation.Pairwise(result, scenario.EntityOf);

        Assert.Equal(new PairwiseScore(5_088, predicted, 438_899, correct), score);
        Assert.Equal((clusters, largest), (result.ClusterCount, result.LargestClusterSize));
    }

    [Fact]
    public void Pairwise_DefaultOptions_PrecisionAtLeast099()
    {
        var score = ClusteringEvaluation.Pairwise(AddressClusterer.Run(scenario.Graph), scenario.EntityOf);

        Assert.True(score.Precision >= 0.99, $"precision {score.Precision}");
        Assert.Equal(1.0, score.Precision);
    }

    [Theory]
    [InlineData(ClusteringHeuristic.ChangeAddressType, 784, 770)]
    [InlineData(ClusteringHeuristic.ChangeRoundValue, 728, 728)]
    [InlineData(ClusteringHeuristic.ChangeOptimal, 100, 100)]
    [InlineData(ClusteringHeuristic.ChangeFreshAddress, 563, 558)]
    [InlineData(ClusteringHeuristic.ChangeFingerprint, 1_014, 993)]
    [InlineData(ClusteringHeuristic.ChangePeelChain, 73, 63)]
    public void ChangeEvidence_OneHeuristic_VerdictsMatchTheKeysChangeOutputs(ClusteringHeuristic heuristic, int verdicts, int right)
    {
        var result = AddressClusterer.Run(scenario.Graph, new ClusteringOptions { ChangeHeuristics = heuristic, Fingerprints = scenario.Fingerprints });
        var change = scenario.Transactions.ToDictionary(t => t.Txid, t => t.ChangeOutput, StringComparer.Ordinal);

        var correct = result.ChangeEvidence.Count(e => change[scenario.Graph.DisplayHash(e.Transaction)] == scenario.Graph.OutputIndex(e.OutputLeg));

        Assert.Equal((verdicts, right), (result.ChangeEvidence.Count, correct));
        Assert.All(result.ChangeEvidence, e => Assert.True(e.Merged));
    }

    [Fact]
    public void Load_Fingerprints_KnownForEveryNonCoinbaseTransaction()
    {
        var coinbases = Enumerable.Range(0, scenario.Graph.TransactionCount).Count(tx => scenario.Graph.Transaction(tx).Kind == FlowTransactionKind.Coinbase);

        Assert.Equal(142, coinbases);
        Assert.Equal(scenario.Graph.TransactionCount - coinbases, scenario.Fingerprints.KnownCount);
    }

    [Fact]
    public async Task WriteAsync_ScenarioDataset_DuckDbReadsTheClustersTable()
    {
        var result = AddressClusterer.Run(scenario.Graph);
        using (var dataset = await Dataset.OpenOrCreateAsync(scenario.DatasetPath, Core.ChainKind.Bitcoin, "regtest"))
        {
            await ClustersTable.WriteAsync(dataset, result);
        }

        using var query = DatasetQuery.Open(scenario.DatasetPath, [ClustersTable.Schema]);
        var row = query.Execute("""
            SELECT count(*), count(DISTINCT cluster_id), max(cluster_size), count(*) FILTER (WHERE evidence_summary <> '')
            FROM clusters
            """).Rows[0];
        var spenders = query.Execute("""
            SELECT count(DISTINCT cluster_id) FROM clusters WHERE address IN (SELECT address FROM inputs)
            """).Rows[0][0];
        var nonSingletons = Enumerable.Range(0, result.AddressCount).Count(c => result.SizeOf(c) > 1);
        var spendingClusters = Enumerable.Range(0, result.AddressCount).Where(a => !scenario.Graph.SpendsOf(a).IsEmpty).Select(result.ClusterOf).Distinct().Count();

        Assert.Equal(2_834, result.Evidence.Count);
        Assert.Equal([5_088L, 2_254L, 31L, 2_834L + nonSingletons], row);
        Assert.Equal((long)spendingClusters, spenders);
    }

    private ClusteringOptions OptionsFor(string set) => set switch
    {
        "multi-input, no CoinJoin exclusion" => new ClusteringOptions { ExcludeCoinJoins = false },
        "multi-input + CoinJoin exclusion" => new ClusteringOptions(),
        _ when ClusteringHeuristics.TryParse(set, out var heuristic) => new ClusteringOptions { ChangeHeuristics = heuristic, Fingerprints = scenario.Fingerprints },
        _ => throw new ArgumentException(set),
    };
}
