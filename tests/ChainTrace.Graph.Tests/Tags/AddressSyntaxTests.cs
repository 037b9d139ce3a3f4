using System.Security.Cryptography;
using ChainTrace.Graph.Tags;
using FsCheck.Xunit;

namespace ChainTrace.Graph.Tests.Tags;

public sealed class AddressSyntaxTests
{
    [Theory]
    [InlineData("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")] // genesis P2PKH
    [InlineData("BTC", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")] // P2SH
    [InlineData("BTC", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")] // BIP-173 P2WPKH
    [InlineData("BTC", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3")] // P2WSH
    [InlineData("BTC", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")] // BIP-350 P2TR
    [InlineData("LTC", "ltc1qmrf5gsptkp2xsunvxc57txjhr53w4d5003smpe", "ltc1qmrf5gsptkp2xsunvxc57txjhr53w4d5003smpe")]
    [InlineData("LTC", "MVCnsSFE23gvm1cb2BJ68cEMMGJkT7kSwT", "MVCnsSFE23gvm1cb2BJ68cEMMGJkT7kSwT")]
    [InlineData("TRX", "TRYL7PKCG4b4xRCM554Q5J6o8f1UjUmfnY", "TRYL7PKCG4b4xRCM554Q5J6o8f1UjUmfnY")]
    [InlineData("ETH", "0xFA8E3920daF271daB92Be9B87d9998DDd94FEF08", "0xfa8e3920daf271dab92be9b87d9998ddd94fef08")]
    [InlineData("BEP20", "0XBE0EB53F46CD790CD13851D5EFF43D12404D33E8", "0xbe0eb53f46cd790cd13851d5eff43d12404d33e8")]
    [InlineData("USDT", "0x5B8a2A78adCB8Df2Cb309E79cB90600A743A60a8", "0x5b8a2a78adcb8df2cb309e79cb90600a743a60a8")]
    [InlineData("XMR", "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL", "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL")]
    [InlineData("APT", "0xfd9192f8ad8dc60c483a884f0fbc8940f5b8618f3cf2bbf91693982b373dfdea", "0xfd9192f8ad8dc60c483a884f0fbc8940f5b8618f3cf2bbf91693982b373dfdea")]
    public void Normalize_ValidAddress_NormalisedAsTheDatasetStoresIt(string network, string raw, string expected)
    {
        Assert.Equal(AddressCheck.Valid, AddressSyntax.Normalize(network, raw, out var normalized, out var problem));
        Assert.Equal(expected, normalized);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("BTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "checksum")] // last character changed
    [InlineData("BTC", "14bwh6gmvol5ntwbvxqjkjdtzv4y5ebtvm", "'l' at position 11")] // a lower-cased real address
    [InlineData("BTC", "TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq", "looks like a TRON address")]
    [InlineData("BTC", "MVCnsSFE23gvm1cb2BJ68cEMMGJkT7kSwT", "version byte belongs to another chain")] // Litecoin
    [InlineData("BTC", "0xFA8E3920daF271daB92Be9B87d9998DDd94FEF08", "looks like an Ethereum address")]
    [InlineData("BTC", "bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "mixed case")]
    [InlineData("BTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bad checksum")]
    [InlineData("BTC", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bad checksum")] // v1 with a bech32 (not bech32m) checksum
    [InlineData("ETH", "0x9CdfC5b0ACA4527a0916412E9dbD6AD85556A49", "0x and 39 characters")]
    [InlineData("ETH", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "version byte belongs to another chain")]
    [InlineData("TRX", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "version byte belongs to another chain")]
    [InlineData("L-BTC", "VJLAYX5DZX1 (AMP ID: x)", "white space")]
    public void Normalize_MalformedAddress_SaysWhy(string network, string raw, string why)
    {
        Assert.Equal(AddressCheck.Malformed, AddressSyntax.Normalize(network, raw, out _, out var problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SurroundingWhiteSpace_TrimmedOrEmpty()
    {
        Assert.Equal(AddressCheck.Trimmed, AddressSyntax.Normalize("ETH", "0x4736dCf1b7A3d580672CcE6E7c65cd5cc9cFBa9D ", out var trimmed, out _));
        Assert.Equal("0x4736dcf1b7a3d580672cce6e7c65cd5cc9cfba9d", trimmed);
        Assert.Equal(AddressCheck.Empty, AddressSyntax.Normalize("BTC", "  ", out _, out _));
    }

    [Theory]
    [InlineData("0xFA8E3920daF271daB92Be9B87d9998DDd94FEF08", "0xfa8e3920daf271dab92be9b87d9998ddd94fef08")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T5", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T5")]
    [InlineData(" 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    public void LookupKey_Query_NormalisedLikeStoredAddresses(string query, string key) =>
        Assert.Equal(key, AddressSyntax.LookupKey(query));

    [Theory]
    [InlineData("BTC", true)]
    [InlineData("BEP20", true)]
    [InlineData("L-BTC", true)]
    [InlineData("Ripple", false)]
    [InlineData("Luna", false)]
    [InlineData("B", false)]
    [InlineData("-BTC", false)]
    public void IsTicker_Currency_UpperCaseSymbolsOnly(string currency, bool expected) =>
        Assert.Equal(expected, TagChecks.IsTicker(currency));
}
