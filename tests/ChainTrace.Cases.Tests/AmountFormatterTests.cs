using System.Globalization;
using System.Numerics;
using FsCheck.Xunit;

namespace ChainTrace.Cases.Tests;

public sealed class AmountFormatterTests
{
    [Theory]
    [InlineData("150000000", 8, "1.5")]
    [InlineData("0", 8, "0")]
    [InlineData("1", 8, "0.00000001")]
    [InlineData("123456789012345678", 8, "1,234,567,890.12345678")]
    [InlineData("100000000000", 8, "1,000")]
    [InlineData("1", 18, "0.000000000000000001")]
    [InlineData("173600000000000000000000", 18, "173,600")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935", 18, "115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,640,564,039,457.584007913129639935")]
    [InlineData("1234", 0, "1,234")]
    [InlineData("-5", 2, "-0.05")]
    public void Format_BaseUnits_ShowsWholeCoinsTrimmed(string baseUnits, int decimals, string expected)
    {
        Assert.Equal(expected, AmountFormatter.Format(BigInteger.Parse(baseUnits, CultureInfo.InvariantCulture), decimals));
    }

    [Fact]
    public void Format_KnownAssets_AppendsSymbol()
    {
        Assert.Equal("12.3456789 BTC", AmountFormatter.Format(1_234_567_890, CaseAsset.Bitcoin));
        Assert.Equal("0.000000001 ETH", AmountFormatter.Format(1_000_000_000, CaseAsset.Ether));
        Assert.Equal("25,500,000 USDC", AmountFormatter.Format(25_500_000_000_000, new CaseAsset("0xa0b8", "USDC", 6)));
    }

    [Fact]
    public void Format_UnknownDecimals_ShowsRawUnits()
    {
        Assert.Equal("1,000,000 raw units of 0xdac17f", AmountFormatter.Format(1_000_000, new CaseAsset("0xdac17f", "0xdac17f", null)));
    }

    [Fact]
    public void Format_BadDecimals_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountFormatter.Format(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountFormatter.Format(1, 256));
    }

    [Property]
    public bool Format_AnyAmount_ParsesBackToTheSameBaseUnits(ulong high, ulong low, byte decimalsSeed)
    {
        var decimals = decimalsSeed % 40;
        var value = (new BigInteger(high) << 64) + low;
        var text = AmountFormatter.Format(value, decimals).Replace(",", string.Empty, StringComparison.Ordinal);
        var parts = text.Split('.');
        var fraction = parts.Length == 2 ? parts[1] : string.Empty;
        var back = BigInteger.Parse(parts[0] + fraction.PadRight(decimals, '0'), CultureInfo.InvariantCulture);
        return back == value && !fraction.EndsWith('0');
    }
}
