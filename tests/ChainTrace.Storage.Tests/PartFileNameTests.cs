using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChainTrace.Storage.Tests;

public sealed class PartFileNameTests
{
    [Property]
    public bool Format_AnyRange_ParsesBack(NonNegativeInt a, NonNegativeInt b)
    {
        var first = Math.Min(a.Get, b.Get) * 1000L;
        var last = Math.Max(a.Get, b.Get) * 1000L;

        return PartFileName.TryParse(PartFileName.Format(first, last), out var f, out var l) && f == first && l == last;
    }

    [Theory]
    [InlineData("part-00000000000000000005-00000000000000000004.parquet")]
    [InlineData("part-0000000000000000000x-00000000000000000004.parquet")]
    [InlineData("part-5-9.parquet")]
    [InlineData("tags.parquet")]
    [InlineData(".part-00000000000000000000-00000000000000000004.parquet.1.tmp")]
    [InlineData("part-99999999999999999999-99999999999999999999.parquet")]
    public void TryParse_NotAPartName_False(string name)
    {
        Assert.False(PartFileName.TryParse(name, out _, out _));
    }

    [Fact]
    public void Format_Names_SortByRange()
    {
        var names = new[] { PartFileName.Format(1000, 1999), PartFileName.Format(0, 999), PartFileName.Format(10_000, 10_999) };

        Assert.Equal(["0", "1000", "10000"], names.Order(StringComparer.Ordinal).Select(n => PartFileName.TryParse(n, out var f, out _) ? f.ToString() : "?"));
    }

    [Property]
    public Property UInt256Text_RoundTrip_Exact() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 255), 32).ToArbitrary(),
            bytes =>
            {
                var value = new BigInteger(bytes.Select(b => (byte)b).ToArray(), isUnsigned: true);
                var text = UInt256Text.Format(value, "t", "c");
                return UInt256Text.TryParse(text, out var back) && back == value;
            });

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("007")]
    [InlineData("1e3")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639936")]
    public void UInt256Text_TryParse_NonCanonical_False(string text)
    {
        Assert.False(UInt256Text.TryParse(text, out _));
    }
}
