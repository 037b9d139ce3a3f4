using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Bitcoin.Tests.Encoding;

public sealed class Base58Tests
{
    // Bitcoin Core's base58_encode_decode.json vectors.
    [Theory]
    [InlineData("", "")]
    [InlineData("61", "2g")]
    [InlineData("626262", "a3gV")]
    [InlineData("636363", "aPEr")]
    [InlineData("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2")]
    [InlineData("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L")]
    [InlineData("516b6fcd0f", "ABnLTmg")]
    [InlineData("bf4f89001e670274dd", "3SEo3LWLoPntC")]
    [InlineData("572e4794", "3EFU7m")]
    [InlineData("ecac89cad93923c02321", "EJDM8drfXA6uyA")]
    [InlineData("10c8511e", "Rt5zm")]
    [InlineData("00000000000000000000", "1111111111")]
    [InlineData("000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5", "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")]
    public void Encode_CoreVector_MatchesText(string hex, string text)
    {
        Assert.Equal(text, Base58.Encode(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L")]
    [InlineData("00000000000000000000", "1111111111")]
    [InlineData("000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5", "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")]
    [InlineData("ecac89cad93923c02321", "EJDM8drfXA6uyA")]
    public void TryDecode_CoreVector_GivesBytes(string hex, string text)
    {
        var buffer = new byte[64];

        Assert.True(Base58.TryDecode(text, buffer, out var written));

        Assert.Equal(hex, Convert.ToHexStringLower(buffer.AsSpan(0, written)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("O")]
    [InlineData("I")]
    [InlineData("l")]
    [InlineData(" 2g")]
    [InlineData("2g ")]
    [InlineData("2\u00e9")]
    public void TryDecode_InvalidText_ReturnsFalse(string text)
    {
        Assert.False(Base58.TryDecode(text, new byte[64], out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryDecode_DestinationTooSmall_ReturnsFalse()
    {
        Assert.False(Base58.TryDecode("1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L", new byte[24], out _));
    }

    [Fact]
    public void TryDecode_TextLongerThanLimit_ReturnsFalse()
    {
        Assert.False(Base58.TryDecode(new string('2', Base58.MaxDecodeLength + 1), new byte[2048], out _));
    }

    [Fact]
    public void TryDecodeCheck_GenesisAddress_GivesVersionAndHash()
    {
        var payload = new byte[32];

        Assert.True(Base58.TryDecodeCheck("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", payload, out var written));

        Assert.Equal("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18", Convert.ToHexStringLower(payload.AsSpan(0, written)));
    }

    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN")]
    [InlineData("2A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [InlineData("1")]
    public void TryDecodeCheck_CorruptedAddress_ReturnsFalse(string text)
    {
        Assert.False(Base58.TryDecodeCheck(text, new byte[64], out _));
    }

    [Fact]
    public void EncodeCheck_GenesisPayload_GivesGenesisAddress()
    {
        Assert.Equal("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Base58.EncodeCheck(Convert.FromHexString("0062e907b15cbf27d5425399ebf6f0fb50ebb88f18")));
    }

    [Fact]
    public void EncodeThenDecode_RandomBytes_RoundTrips()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            var text = Base58.Encode(bytes);
            var buffer = new byte[bytes.Length + 1];
            return Base58.TryDecode(text, buffer, out var written) && buffer.AsSpan(0, written).SequenceEqual(bytes)
                || (bytes.Length == 0 && text.Length == 0);
        }).QuickCheckThrowOnFailure();
    }
}
