using System.Globalization;
using System.Numerics;
using System.Text;
using ChainTrace.Ethereum.Hex;
using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Ethereum.Tests.Hex;

public sealed class EthHexTests
{
    [Theory]
    [InlineData("0x0", 0UL)]
    [InlineData("0x1a", 26UL)]
    [InlineData("0X1A", 26UL)]
    [InlineData("0x000000ff", 255UL)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    public void TryParseQuantity_ValidHex_ReturnsValue(string text, ulong expected)
    {
        Assert.True(EthHex.TryParseQuantity(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
        Assert.True(EthHex.TryParseQuantity(text.AsSpan(), out var fromChars));
        Assert.Equal(expected, fromChars);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("1a")]
    [InlineData("0xg1")]
    [InlineData("0x1 ")]
    [InlineData("0x10000000000000000")]
    [InlineData("-0x1")]
    public void TryParseQuantity_Malformed_ReturnsFalse(string text)
    {
        Assert.False(EthHex.TryParseQuantity(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void ParseQuantity_Malformed_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => EthHex.ParseQuantity("0xzz"));
    }

    [Fact]
    public void TryParseUInt256_MaxValue_IsExact()
    {
        var text = "0x" + new string('f', 64);
        Assert.True(EthHex.TryParseUInt256(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(EthHex.MaxUInt256, value);
        Assert.Equal(1, value.Sign);
    }

    [Theory]
    [InlineData("0x1" + "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x")]
    [InlineData("0x12345678901234567890z")]
    public void TryParseUInt256_OutOfRangeOrMalformed_ReturnsFalse(string text)
    {
        Assert.False(EthHex.TryParseUInt256(Encoding.ASCII.GetBytes(text), out _));
    }

    [Fact]
    public void TryParseUInt256_OddDigitCountAbove64Bits_IsExact()
    {
        Assert.True(EthHex.TryParseUInt256("0x5f68e8131ecf80000"u8, out var value));
        Assert.Equal(BigInteger.Parse("110000000000000000000", CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void FormatThenParse_AnyUInt256_RoundTrips()
    {
        var words = ArbMap.Default.GeneratorFor<ulong>().Four();
        Prop.ForAll(words.ToArbitrary(), w =>
        {
            var value = (new BigInteger(w.Item1) << 192) | (new BigInteger(w.Item2) << 128) | (new BigInteger(w.Item3) << 64) | w.Item4;
            var text = EthHex.FormatQuantity(value);
            return EthHex.TryParseUInt256(Encoding.ASCII.GetBytes(text), out var parsed) && parsed == value &&
                   (value.IsZero ? text == "0x0" : text[2] != '0');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParseDecimalUInt256_AboveMax_ReturnsFalse()
    {
        var tooLarge = (EthHex.MaxUInt256 + 1).ToString(CultureInfo.InvariantCulture);
        Assert.False(EthHex.TryParseDecimalUInt256(Encoding.ASCII.GetBytes(tooLarge), out _));
        Assert.True(EthHex.TryParseDecimalUInt256(Encoding.ASCII.GetBytes(EthHex.MaxUInt256.ToString(CultureInfo.InvariantCulture)), out var max));
        Assert.Equal(EthHex.MaxUInt256, max);
    }

    [Fact]
    public void TryParseAddress_MixedCase_ReturnsLowercase()
    {
        Assert.True(EthHex.TryParseAddress("0xdbDacFc9EB9d42559ac1EFBDb40460c728139E6A".AsSpan(), out var address));
        Assert.Equal("0xdbdacfc9eb9d42559ac1efbdb40460c728139e6a", address);
    }

    [Theory]
    [InlineData("0xdbdacfc9eb9d42559ac1efbdb40460c728139e6")]
    [InlineData("0xdbdacfc9eb9d42559ac1efbdb40460c728139e6aa")]
    [InlineData("dbdacfc9eb9d42559ac1efbdb40460c728139e6aaa")]
    [InlineData("0xdbdacfc9eb9d42559ac1efbdb40460c728139e6x")]
    public void TryParseAddress_WrongLengthOrDigits_ReturnsFalse(string text)
    {
        Assert.False(EthHex.TryParseAddress(text.AsSpan(), out _));
    }

    [Theory]
    [InlineData("0x", true)]
    [InlineData("0xA9059CBB", true)]
    [InlineData("0xabc", false)]
    [InlineData("abcd", false)]
    public void TryParseData_EvenHexOnly(string text, bool ok)
    {
        Assert.Equal(ok, EthHex.TryParseData(Encoding.ASCII.GetBytes(text), out var data));
        if (ok)
        {
            Assert.Equal(text.ToLowerInvariant(), data);
        }
    }
}
