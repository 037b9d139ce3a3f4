using ChainTrace.Graph.Clustering;

namespace ChainTrace.Graph.Tests.Clustering;

public sealed class ScriptKindsTests
{
    [Theory]
    [InlineData("12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S", ScriptKind.P2pkh)]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", ScriptKind.P2sh)]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", ScriptKind.P2wpkh)]
    [InlineData("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3", ScriptKind.P2wsh)]
    [InlineData("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", ScriptKind.P2tr)]
    [InlineData("bcrt1q5h89ad6mj9xhgupwtdkjmpxyle4j6hyv2kp9nf", ScriptKind.P2wpkh)]
    [InlineData("mpXwg4jMtRhuSpVq4xS3HFHmCmWp9NyGKt", ScriptKind.P2pkh)]
    [InlineData("2N2JD6wb56AfK4tfmM6PwdVmoYk2dCKf4Br", ScriptKind.P2sh)]
    [InlineData("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", ScriptKind.P2wpkh)]
    [InlineData("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", ScriptKind.P2wpkh)]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", ScriptKind.OtherWitness)]
    [InlineData("0x52908400098527886e0f7030069857d2e4169ee7", ScriptKind.Unknown)]
    [InlineData("", ScriptKind.Unknown)]
    [InlineData("1short", ScriptKind.Unknown)]
    public void Classify_AddressText_ScriptKind(string address, ScriptKind expected) =>
        Assert.Equal(expected, ScriptKinds.Classify(address));

    [Fact]
    public void Classify_TestAddresses_MatchTheirHelpers()
    {
        Assert.Equal(ScriptKind.P2wpkh, ScriptKinds.Classify(TestAddresses.Wpkh(12345)));
        Assert.Equal(ScriptKind.P2tr, ScriptKinds.Classify(TestAddresses.Tr(7)));
        Assert.Equal(ScriptKind.P2pkh, ScriptKinds.Classify(TestAddresses.Pkh(7)));
        Assert.Equal(ScriptKind.P2sh, ScriptKinds.Classify(TestAddresses.Sh(7)));
        Assert.NotEqual(TestAddresses.Wpkh(1), TestAddresses.Wpkh(33));
    }
}
