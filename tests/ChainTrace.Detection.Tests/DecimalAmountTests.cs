using System.Globalization;
using FsCheck;
using FsCheck.Xunit;

namespace ChainTrace.Detection.Tests;

public sealed class DecimalAmountTests
{
    [Theory]
    [InlineData("16.55", "16550000000000000000")]
    [InlineData("0E-18", "0")]
    [InlineData("1e-18", "1")]
    [InlineData("1.5555555553999998e-08", "15555555554")]
    [InlineData("930269.9197651953", "930269919765195300000000")]
    [InlineData("1.1326463199999999", "1132646319999999900")]
    [InlineData("0.586269480000000000", "586269480000000000")]
    [InlineData("5e-19", "1")]
    [InlineData("4e-19", "0")]
    public void TryParse_EtherText_ExactWei(string text, string wei)
    {
        Assert.True(DecimalAmount.TryParse(text, 18, out var value));
        Assert.Equal(UInt128.Parse(wei, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData(".")]
    [InlineData("1e40")]
    [InlineData("1 ")]
    public void TryParse_BadText_False(string text) => Assert.False(DecimalAmount.TryParse(text, 18, out _));

    [Property]
    public bool TryParse_SatoshiIntegers_RoundTrip(NonNegativeInt satoshis)
    {
        var text = (satoshis.Get / 100_000_000m).ToString(CultureInfo.InvariantCulture);
        return DecimalAmount.TryParse(text, 8, out var value) && value == (UInt128)satoshis.Get;
    }

    [Theory]
    [InlineData(100_000UL, true)]
    [InlineData(150_000_000UL, true)]
    [InlineData(123_000_000UL, false)]
    [InlineData(50_000UL, false)]
    [InlineData(0UL, false)]
    [InlineData(3_000_000_000UL, true)]
    public void IsRound_Satoshis_ByTwoSignificantDigitsAndMilliCoin(ulong value, bool round) =>
        Assert.Equal(round, RoundValues.IsRound(value, 8));
}
