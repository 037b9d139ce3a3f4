namespace ChainTrace.Bitcoin.Tests.Encoding;

public sealed class Bech32Tests
{
    // BIP173 "valid Bech32" vectors.
    [Theory]
    [InlineData("A12UEL5L")]
    [InlineData("a12uel5l")]
    [InlineData("an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs")]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")]
    [InlineData("11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j")]
    [InlineData("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w")]
    [InlineData("?1ezyfcl")]
    public void TryDecode_Bip173Valid_IsBech32(string text)
    {
        Assert.True(Bech32.TryDecode(text, out var hrp, new byte[90], out _, out var variant));
        Assert.Equal(Bech32Variant.Bech32, variant);
        Assert.Equal(text[..text.LastIndexOf('1')].ToLowerInvariant(), hrp);
    }

    // BIP350 "valid Bech32m" vectors.
    [Theory]
    [InlineData("A1LQFN3A")]
    [InlineData("a1lqfn3a")]
    [InlineData("an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6")]
    [InlineData("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx")]
    [InlineData("11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8")]
    [InlineData("split1checkupstagehandshakeupstreamerranterredcaperredlc445v")]
    [InlineData("?1v759aa")]
    public void TryDecode_Bip350Valid_IsBech32m(string text)
    {
        Assert.True(Bech32.TryDecode(text, out _, new byte[90], out _, out var variant));
        Assert.Equal(Bech32Variant.Bech32m, variant);
    }

    // BIP173 and BIP350 "invalid" vectors (control characters spelled as escapes).
    [Theory]
    [InlineData("\u00201nwldj5")]
    [InlineData("\u007f1axkwrx")]
    [InlineData("\u00801eym55h")]
    [InlineData("an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx")]
    [InlineData("pzry9x0s0muk")]
    [InlineData("1pzry9x0s0muk")]
    [InlineData("x1b4n0q5v")]
    [InlineData("li1dgmt3")]
    [InlineData("de1lg7wt\u00ff")]
    [InlineData("A1G7SGD8")]
    [InlineData("10a06t8")]
    [InlineData("1qzzfhee")]
    [InlineData("\u00201xj0phk")]
    [InlineData("\u007f1g6xzxy")]
    [InlineData("\u00801vctc34")]
    [InlineData("an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4")]
    [InlineData("qyrz8wqd2c9m")]
    [InlineData("1qyrz8wqd2c9m")]
    [InlineData("y1b0jsk6g")]
    [InlineData("lt1igcx5c0")]
    [InlineData("in1muywd")]
    [InlineData("mm1crxm3i")]
    [InlineData("au1s5cgom")]
    [InlineData("M1VUXWEZ")]
    [InlineData("16plkw9")]
    [InlineData("1p2gdwpf")]
    public void TryDecode_InvalidVector_ReturnsFalse(string text)
    {
        Assert.False(Bech32.TryDecode(text, out var hrp, new byte[90], out var count, out _));
        Assert.Null(hrp);
        Assert.Equal(0, count);
    }

    [Fact]
    public void TryDecode_MixedCase_ReturnsFalse()
    {
        Assert.False(Bech32.TryDecode("A12uEL5L", out _, new byte[90], out _, out _));
    }

    [Theory]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", Bech32Variant.Bech32)]
    [InlineData("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx", Bech32Variant.Bech32m)]
    public void Encode_DecodedVector_ReproducesText(string text, Bech32Variant expectedVariant)
    {
        var values = new byte[90];
        Assert.True(Bech32.TryDecode(text, out var hrp, values, out var count, out var variant));
        Assert.Equal(expectedVariant, variant);

        Assert.Equal(text, Bech32.Encode(hrp, values.AsSpan(0, count), variant));
    }

    [Fact]
    public void Encode_ValueAbove31_Throws()
    {
        Assert.Throws<ArgumentException>(() => Bech32.Encode("bc", [32], Bech32Variant.Bech32));
    }

    [Fact]
    public void Encode_ResultLongerThan90_Throws()
    {
        Assert.Throws<ArgumentException>(() => Bech32.Encode("bc", new byte[82], Bech32Variant.Bech32));
    }
}
