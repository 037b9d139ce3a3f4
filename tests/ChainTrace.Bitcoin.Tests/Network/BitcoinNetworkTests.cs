namespace ChainTrace.Bitcoin.Tests.Network;

public sealed class BitcoinNetworkTests
{
    public static TheoryData<string, string, byte, byte, string> Networks => new()
    {
        { "main", "f9beb4d9", 0x00, 0x05, "bc" },
        { "test", "0b110907", 0x6f, 0xc4, "tb" },
        { "testnet4", "1c163f28", 0x6f, 0xc4, "tb" },
        { "signet", "0a03cf40", 0x6f, 0xc4, "tb" },
        { "regtest", "fabfb5da", 0x6f, 0xc4, "bcrt" },
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void TryFromName_CoreName_HasDocumentedParameters(string name, string magicHex, byte p2pkh, byte p2sh, string hrp)
    {
        Assert.True(BitcoinNetwork.TryFromName(name, out var network));

        Assert.Equal(name, network.Name);
        Assert.Equal(magicHex, Convert.ToHexStringLower(network.MagicBytes));
        Assert.Equal(Convert.ToUInt32(magicHex, 16), network.Magic);
        Assert.Equal(p2pkh, network.PubKeyHashVersion);
        Assert.Equal(p2sh, network.ScriptHashVersion);
        Assert.Equal(hrp, network.Bech32Hrp);
    }

    [Theory]
    [InlineData("main", "f9beb4d9")]
    [InlineData("test", "0b110907")]
    [InlineData("testnet4", "1c163f28")]
    [InlineData("signet", "0a03cf40")]
    [InlineData("regtest", "fabfb5da")]
    public void TryFromMagic_FileBytes_FindsTheNetwork(string name, string magicHex)
    {
        var bytes = Convert.FromHexString(magicHex + "ac460200");

        Assert.True(BitcoinNetwork.TryFromMagic(bytes, out var network));

        Assert.Equal(name, network.Name);
    }

    [Fact]
    public void TryFromMagic_UnknownOrShort_ReturnsFalse()
    {
        Assert.False(BitcoinNetwork.TryFromMagic(Convert.FromHexString("d9b4bef9"), out var reversed));
        Assert.Null(reversed);
        Assert.False(BitcoinNetwork.TryFromMagic(Convert.FromHexString("f9beb4"), out _));
    }

    [Theory]
    [InlineData("MAINNET", "main")]
    [InlineData("bitcoin", "main")]
    [InlineData("testnet", "test")]
    [InlineData("testnet3", "test")]
    [InlineData(" Regtest ", "regtest")]
    public void TryFromName_Alias_FindsTheNetwork(string alias, string expected)
    {
        Assert.True(BitcoinNetwork.TryFromName(alias, out var network));
        Assert.Equal(expected, network.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("testnet5")]
    public void TryFromName_Unknown_ReturnsFalse(string? name)
    {
        Assert.False(BitcoinNetwork.TryFromName(name, out var network));
        Assert.Null(network);
    }

    [Fact]
    public void All_FiveNetworks_HaveDistinctMagic()
    {
        Assert.Equal(5, BitcoinNetwork.All.Select(n => n.Magic).Distinct().Count());
    }
}
