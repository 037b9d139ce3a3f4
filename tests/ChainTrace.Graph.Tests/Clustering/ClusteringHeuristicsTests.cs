using ChainTrace.Graph.Clustering;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ClusteringHeuristicsTests
{
    [Fact]
    public void TryParseList_Codes_UnionOfHeuristics()
    {
        Assert.True(ClusteringHeuristics.TryParseList("multi-input, change-fresh,CHANGE-OPTIMAL", out var set, out var error));

        Assert.Null(error);
        Assert.Equal(ClusteringHeuristic.MultiInput | ClusteringHeuristic.ChangeFreshAddress | ClusteringHeuristic.ChangeOptimal, set);
        Assert.Equal("multi-input+change-optimal+change-fresh", ClusteringHeuristics.Code(set));
        Assert.Equal("multi-input, optimal change, fresh address", ClusteringHeuristics.Describe(set));
    }

    [Fact]
    public void TryParseList_DefaultAndChange_DefaultsPlusEveryChangeHeuristic()
    {
        Assert.True(ClusteringHeuristics.TryParseList("default,change", out var set, out _));

        var options = ClusteringOptions.FromHeuristics(set);

        Assert.Equal(ClusteringHeuristic.MultiInput | ClusteringHeuristic.DepositAddress | ClusteringHeuristic.AllChange, set);
        Assert.Equal((true, true, true, false, ClusteringHeuristic.AllChange), (options.MultiInput, options.ExcludeCoinJoins, options.DepositAddresses, options.Airdrops, options.ChangeHeuristics));
    }

    [Theory]
    [InlineData("multi-input,peel", "Unknown heuristic 'peel'; use default, multi-input, change, change-type, change-round, change-optimal, change-fresh, change-fingerprint, change-peel, deposit, airdrop.")]
    [InlineData(" ", "No heuristic was named.")]
    [InlineData(null, "No heuristic was named.")]
    public void TryParseList_Bad_FalseWithSentence(string? text, string expected)
    {
        Assert.False(ClusteringHeuristics.TryParseList(text, out var set, out var error));
        Assert.Equal(ClusteringHeuristic.None, set);
        Assert.Equal(expected, error);
    }
}
