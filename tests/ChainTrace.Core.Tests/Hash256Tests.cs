using ChainTrace.Core;

namespace ChainTrace.Core.Tests;

public sealed class Hash256Tests
{
    private const string Genesis = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";

    [Fact]
    public void ParseReversed_GenesisHash_RoundTripsToDisplayForm()
    {
        var hash = Hash256.ParseReversed(Genesis);
        Assert.Equal(Genesis, hash.ToReversedHex());
        Assert.Equal(0x6f, hash.ToArray()[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("zz0000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")]
    [InlineData("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f00")]
    public void TryParse_MalformedText_ReturnsFalseWithoutThrowing(string text)
    {
        Assert.False(Hash256.TryParse(text, reversed: true, out _));
    }

    [Fact]
    public void ToPrefixedHex_NaturalOrder_HasPrefix()
    {
        var text = "0x" + new string('a', 62) + "01";
        var hash = Hash256.Parse(text, reversed: false);
        Assert.Equal(text, hash.ToPrefixedHex());
        Assert.Equal(hash, Hash256.Parse(text.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal), reversed: false));
    }

    [Fact]
    public void Parse_Malformed_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Hash256.ParseReversed("nothex"));
    }

    [Fact]
    public void DataLocation_ToString_NamesFileOffsetAndHeight()
    {
        var ex = new ChainDataException("Truncated block", new DataLocation(File: "blk00001.dat", Offset: 42, Height: 7));
        Assert.Contains("blk00001.dat", ex.Message, StringComparison.Ordinal);
        Assert.Contains("offset 42", ex.Message, StringComparison.Ordinal);
        Assert.Contains("height 7", ex.Message, StringComparison.Ordinal);
    }
}
