namespace ChainTrace.Bitcoin.Tests.Encoding;

public sealed class BitcoinAddressTests
{
    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6")]
    [InlineData("bc1pfeessrawgf", "51024e73")]
    public void TryGetScriptPubKey_MainnetAddress_GivesScript(string address, string scriptHex)
    {
        var script = new byte[BitcoinAddress.MaxScriptLength];

        Assert.True(BitcoinAddress.TryGetScriptPubKey(address, BitcoinNetwork.Main, script, out var written));

        Assert.Equal(scriptHex, Convert.ToHexStringLower(script.AsSpan(0, written)));
    }

    [Fact]
    public void TryGetScriptPubKey_P2shAddress_GivesP2shScript()
    {
        var payload = Convert.FromHexString("05" + "0ffdcf96700455074292a821c749222e86529939");
        var address = Base58.EncodeCheck(payload);
        var script = new byte[BitcoinAddress.MaxScriptLength];

        Assert.StartsWith("3", address, StringComparison.Ordinal);
        Assert.True(BitcoinAddress.TryGetScriptPubKey(address, BitcoinNetwork.Main, script, out var written));

        Assert.Equal("a9140ffdcf96700455074292a821c749222e8652993987", Convert.ToHexStringLower(script.AsSpan(0, written)));
    }

    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "test")]
    [InlineData("mss5NFyX96ix4erFMamR1gK3SsvUSMWcjE", "main")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "main")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "regtest")]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "main")]
    [InlineData("", "main")]
    [InlineData("bc1", "main")]
    public void IsValid_WrongNetworkOrCorrupt_ReturnsFalse(string address, string network)
    {
        Assert.True(BitcoinNetwork.TryFromName(network, out var net));

        Assert.False(BitcoinAddress.IsValid(address, net));
    }

    [Fact]
    public void IsValid_TestnetP2pkh_IsValidOnTestnetSignetAndRegtest()
    {
        Assert.True(BitcoinAddress.IsValid("mss5NFyX96ix4erFMamR1gK3SsvUSMWcjE", BitcoinNetwork.Testnet));
        Assert.True(BitcoinAddress.IsValid("mss5NFyX96ix4erFMamR1gK3SsvUSMWcjE", BitcoinNetwork.Signet));
        Assert.True(BitcoinAddress.IsValid("mss5NFyX96ix4erFMamR1gK3SsvUSMWcjE", BitcoinNetwork.Regtest));
    }
}
