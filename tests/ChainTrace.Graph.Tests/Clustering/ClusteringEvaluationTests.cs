using ChainTrace.Graph.Clustering;
using static ChainTrace.Graph.Tests.Clustering.TestAddresses;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ClusteringEvaluationTests
{
    [Fact]
    public void Pairwise_KnownPartitions_ExactPairCounts()
    {
        // Clusters {1,2,3,4} {5,6} {9}; truth {1,2,3} {4,5,6} {9}: predicted 6+1, true 3+3, correct 3+1.
        var chain = new TestChain();
        var coins = chain.Coins((Wpkh(1), 1), (Wpkh(2), 1), (Wpkh(3), 1), (Wpkh(4), 1), (Wpkh(5), 1), (Wpkh(6), 1));
        chain.Pay([coins[0], coins[1], coins[2], coins[3]], (Wpkh(9), 1));
        chain.Pay([coins[4], coins[5]], (Wpkh(9), 1));
        var result = AddressClusterer.Run(chain.Build());
        var truth = new Dictionary<string, string>
        {
            [Wpkh(1)] = "a", [Wpkh(2)] = "a", [Wpkh(3)] = "a", [Wpkh(4)] = "b", [Wpkh(5)] = "b", [Wpkh(6)] = "b", [Wpkh(9)] = "c", ["bc1qabsent"] = "a",
        };

        var score = ClusteringEvaluation.Pairwise(result, truth);

        Assert.Equal(new PairwiseScore(7, 7, 6, 4), score);
        Assert.Equal(4.0 / 7, score.Precision, 12);
        Assert.Equal(4.0 / 6, score.Recall, 12);
        Assert.Equal(2 * (4.0 / 7) * (4.0 / 6) / ((4.0 / 7) + (4.0 / 6)), score.F1, 12);
    }

    [Fact]
    public void Pairwise_NoPairs_PrecisionAndRecallOne()
    {
        var chain = new TestChain();
        chain.Coins((Wpkh(1), 1), (Wpkh(2), 1));
        var score = ClusteringEvaluation.Pairwise(AddressClusterer.Run(chain.Build()), new Dictionary<string, string> { [Wpkh(1)] = "a", [Wpkh(2)] = "b" });

        Assert.Equal((1.0, 1.0, 2L), (score.Precision, score.Recall, score.Addresses));
    }
}
