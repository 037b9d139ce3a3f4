using ChainTrace.Graph.Clustering;
using FsCheck.Xunit;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class UnionFindTests
{
    [Fact]
    public void Union_ThreeSets_SizesCountsAndSmallestMemberIds()
    {
        var sets = new UnionFind(7);
        Assert.True(sets.Union(5, 3));
        Assert.True(sets.Union(3, 6));
        Assert.True(sets.Union(1, 4));
        Assert.False(sets.Union(6, 5));

        Assert.Equal(4, sets.SetCount);
        Assert.Equal(3, sets.SizeOf(6));
        Assert.Equal(2, sets.SizeOf(4));
        Assert.Equal(1, sets.SizeOf(0));
        Assert.Equal([0, 1, 2, 3, 1, 3, 3], sets.CanonicalIds());
        Assert.Equal(56, sets.ArrayBytes);
    }

    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnionFind(-1));

    [Property(MaxTest = 200)]
    public void CanonicalIds_UnionsInAnyOrder_SameIds(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 60);
        var edges = Enumerable.Range(0, random.Next(0, 80)).Select(_ => (random.Next(count), random.Next(count))).ToArray();
        var shuffled = edges.ToArray();
        random.Shuffle(shuffled);

        var first = new UnionFind(count);
        var second = new UnionFind(count);
        foreach (var (a, b) in edges)
        {
            first.Union(a, b);
        }

        foreach (var (a, b) in shuffled)
        {
            second.Union(b, a);
        }

        var ids = first.CanonicalIds();
        Assert.Equal(ids, second.CanonicalIds());
        Assert.Equal(first.SetCount, ids.Distinct().Count());
        for (var x = 0; x < count; x++)
        {
            Assert.True(ids[x] <= x);
            Assert.Equal(ids[x], ids[ids[x]]);
        }
    }
}
