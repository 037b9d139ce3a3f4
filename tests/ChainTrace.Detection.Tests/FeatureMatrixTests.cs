namespace ChainTrace.Detection.Tests;

public sealed class FeatureMatrixTests
{
    [Fact]
    public void SelectRowsAndColumns_CopiesValuesInGivenOrder()
    {
        var m = new FeatureMatrix(["a", "b", "c"], 3);
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                m[r, c] = (r * 10) + c;
            }
        }

        var s = m.SelectRows([2, 0]).SelectColumns(["c", "a"]);
        Assert.Equal(["c", "a"], s.Names);
        Assert.Equal([22f, 20f], s.Row(0).ToArray());
        Assert.Equal([2f, 0f], s.Row(1).ToArray());
        Assert.Equal(22f, s[0, "c"]);
    }

    [Fact]
    public void Constructor_DuplicateName_Throws() => Assert.Throws<ArgumentException>(() => new FeatureMatrix(["a", "a"], 1));

    [Fact]
    public void Column_Unknown_ThrowsKeyNotFound() => Assert.Throws<KeyNotFoundException>(() => new FeatureMatrix(["a"], 1).Column("b"));

    [Fact]
    public void Indexer_RowOutOfRange_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureMatrix(["a"], 1)[1, 0]);
}
