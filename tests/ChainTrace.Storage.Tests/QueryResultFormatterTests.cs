using System.Numerics;

namespace ChainTrace.Storage.Tests;

public sealed class QueryResultFormatterTests
{
    [Fact]
    public void ToCsv_SpecialCharacters_QuotedPerRfc4180()
    {
        var result = new QueryResult(["a", "b,c"], [["plain", "with \"quote\""], [null, "line\nbreak"], ["x,y", 42L]]);

        var csv = QueryResultFormatter.ToCsv(result);

        Assert.Equal("a,\"b,c\"\r\nplain,\"with \"\"quote\"\"\"\r\n,\"line\nbreak\"\r\n\"x,y\",42\r\n", csv);
    }

    [Fact]
    public void ToCsv_NumbersAndBigValues_InvariantAndExact()
    {
        var max = (BigInteger.One << 256) - 1;
        var result = new QueryResult(["v"], [[max], [1.5d], [true], [-7]]);

        var csv = QueryResultFormatter.ToCsv(result);

        Assert.Equal($"v\r\n{max}\r\n1.5\r\ntrue\r\n-7\r\n", csv);
    }

    [Fact]
    public void ToJson_IntegersBeyond2To53_AsStrings()
    {
        var big = (BigInteger.One << 200) + 1;
        var result = new QueryResult(
            ["small", "edge", "over", "big", "negative", "unsigned"],
            [[1L, 9_007_199_254_740_992L, 9_007_199_254_740_993L, big, -9_007_199_254_740_993L, ulong.MaxValue]]);

        var json = QueryResultFormatter.ToJson(result);

        Assert.Equal(
            "[\n{\"small\":1,\"edge\":9007199254740992,\"over\":\"9007199254740993\",\"big\":\"" + big +
            "\",\"negative\":\"-9007199254740993\",\"unsigned\":\"18446744073709551615\"}\n]\n",
            json);
    }

    [Fact]
    public void ToJson_NullsListsAndDuplicateColumns_Rendered()
    {
        var result = new QueryResult(["x", "x", "list", "d"], [[null, "s", new List<int> { 1, 2 }, double.NaN]]);

        var json = QueryResultFormatter.ToJson(result);

        Assert.Equal("[\n{\"x\":null,\"x_2\":\"s\",\"list\":[1,2],\"d\":\"NaN\"}\n]\n", json);
    }

    [Fact]
    public void ToJson_NoRows_EmptyArray()
    {
        Assert.Equal("[]\n", QueryResultFormatter.ToJson(new QueryResult(["a"], [])));
    }

    [Fact]
    public void FormatValue_DateTime_Iso8601()
    {
        Assert.Equal("2009-01-03T18:15:05", QueryResultFormatter.FormatValue(new DateTime(2009, 1, 3, 18, 15, 5)));
        Assert.Equal("2009-01-03", QueryResultFormatter.FormatValue(new DateOnly(2009, 1, 3)));
        Assert.Equal("00ff", QueryResultFormatter.FormatValue(new byte[] { 0, 255 }));
    }

    [Fact]
    public async Task ToJson_RealQuery_Uint256SumIsString()
    {
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, Core.ChainKind.Ethereum, "mainnet"))
        {
            await dataset.CommitAsync(SampleRows.Ethereum(0, 1), SampleRows.EthereumCheckpoint(0, 1));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var json = QueryResultFormatter.ToJson(query.Execute("SELECT sum(value) AS total, count(*) AS n FROM token_transfers WHERE standard = 'erc20'"));

        Assert.Equal("[\n{\"total\":\"36893488147419103233\",\"n\":2}\n]\n", json);
    }
}
