using System.Text.Json;

namespace ChainTrace.Cases.Tests;

public sealed class ResultJsonWriterTests
{
    private static JsonElement Write((CaseResult Result, CaseGraph Graph) sample)
    {
        using var buffer = new MemoryStream();
        ResultJsonWriter.Write(sample.Result, sample.Graph, buffer);
        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Write_BitcoinSample_GivesExactFigures()
    {
        var json = Write(SampleCase.Bitcoin());

        Assert.Equal("chaintrace-case-result", json.GetProperty("format").GetString());
        var totals = Assert.Single(json.GetProperty("totals").EnumerateArray());
        Assert.Equal(JsonValueKind.Number, totals.GetProperty("seeded").ValueKind);
        Assert.Equal(1_500_000_000, totals.GetProperty("seeded").GetInt64());
        Assert.Equal(1_199_995_000, totals.GetProperty("reaching_exits").GetInt64());
        Assert.Equal(15_000, totals.GetProperty("fees").GetInt64());
        Assert.Equal(8, json.GetProperty("graph").GetProperty("nodes").GetInt32());
        Assert.Equal(7, json.GetProperty("graph").GetProperty("edges").GetInt32());
        var exits = json.GetProperty("exits").EnumerateArray().ToList();
        Assert.Equal([SampleCase.Exchange, SampleCase.Mixer], exits.Select(exit => exit.GetProperty("address").GetString()));
        Assert.Equal(SampleCase.HostileLabel, exits[0].GetProperty("entity").GetString());
        Assert.Equal(["exchange", "mixer"], json.GetProperty("exposure").EnumerateArray().Select(row => row.GetProperty("category").GetString()));
        var flag = Assert.Single(json.GetProperty("flags").EnumerateArray());
        Assert.Equal(0.875, flag.GetProperty("score").GetDouble());
        Assert.Equal(["fan_out", "peel_chain"], flag.GetProperty("patterns").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["feature", "transaction"], flag.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("haircut", json.GetProperty("parameters").GetProperty("policy").GetString());
        Assert.Equal(["a_mode", "z_engine"], json.GetProperty("parameters").GetProperty("extra").EnumerateObject().Select(p => p.Name));
        Assert.Equal(478_558, json.GetProperty("provenance").GetProperty("checkpoint_height").GetInt64());
    }

    [Fact]
    public void Write_AmountsAbove2Pow53_AreDecimalStrings()
    {
        var json = Write(SampleCase.Ethereum());

        var totals = json.GetProperty("totals").EnumerateArray().ToList();
        Assert.Equal(["0xtoken", "ETH"], totals.Select(row => row.GetProperty("asset").GetString()));
        Assert.Equal("9007199254740993", totals[0].GetProperty("seeded").GetString());
        Assert.Equal("173600000000000000000000", totals[1].GetProperty("seeded").GetString());
        Assert.Equal(JsonValueKind.Number, totals[1].GetProperty("fees").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("provenance").GetProperty("checkpoint_height").ValueKind);
        Assert.Equal(JsonValueKind.Null, Assert.Single(json.GetProperty("assets").EnumerateArray()).GetProperty("decimals").ValueKind);
    }

    [Fact]
    public void Write_Exactly2Pow53_IsANumber()
    {
        var (result, graph) = SampleCase.Ethereum();
        var json = Write((result with { Totals = [new CaseTotals("ETH", 9_007_199_254_740_992, 0, 0, 0)] }, graph));

        Assert.Equal(9_007_199_254_740_992, Assert.Single(json.GetProperty("totals").EnumerateArray()).GetProperty("seeded").GetInt64());
    }
}
