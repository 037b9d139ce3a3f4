namespace ChainTrace.Bitcoin.Tests.Encoding;

public sealed class SegwitAddressTests
{
    // BIP350 valid segwit addresses with their scriptPubKeys.
    [Theory]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc", "0014751e76e8199196d454941c45d1b3a323f1433bd6")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "tb", "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262")]
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", "bc", "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6")]
    [InlineData("BC1SW50QGDZ25J", "bc", "6002751e")]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "bc", "5210751e76e8199196d454941c45d1b3a323")]
    [InlineData("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy", "tb", "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433")]
    [InlineData("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c", "tb", "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc", "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")]
    public void TryDecodeAndEncode_Bip350ValidAddress_MatchScriptAndRoundTrip(string address, string hrp, string scriptHex)
    {
        var program = new byte[40];

        Assert.True(SegwitAddress.TryDecode(address, hrp, out var version, program, out var length));

        var script = Convert.FromHexString(scriptHex);
        Assert.Equal(script[0] == 0 ? 0 : script[0] - 0x50, version);
        Assert.Equal(script.AsSpan(2).ToArray(), program.AsSpan(0, length).ToArray());
        Assert.Equal(address.ToLowerInvariant(), SegwitAddress.Encode(hrp, version, program.AsSpan(0, length)));
    }

    // BIP173 and BIP350 invalid segwit addresses (BIP173's v1+ vectors with bech32 checksums are invalid since BIP350).
    [Theory]
    [InlineData("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]
    [InlineData("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2")]
    [InlineData("bc1rw5uspcuh")]
    [InlineData("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90")]
    [InlineData("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7")]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv")]
    [InlineData("bc1gmk9yu")]
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx")]
    [InlineData("BC1SW50QA3JX3S")]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj")]
    [InlineData("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd")]
    [InlineData("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf")]
    [InlineData("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh")]
    [InlineData("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47")]
    [InlineData("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4")]
    [InlineData("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R")]
    [InlineData("bc1pw5dgrnzv")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav")]
    [InlineData("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf")]
    [InlineData("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j")]
    public void TryDecode_InvalidAddress_ReturnsFalseForEveryNetwork(string address)
    {
        foreach (var hrp in new[] { "bc", "tb", "bcrt" })
        {
            Assert.False(SegwitAddress.TryDecode(address, hrp, out _, new byte[40], out var length));
            Assert.Equal(0, length);
        }
    }

    [Fact]
    public void TryDecode_ValidAddressOfOtherNetwork_ReturnsFalse()
    {
        Assert.False(SegwitAddress.TryDecode("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "tb", out _, new byte[40], out _));
    }

    [Theory]
    [InlineData(0, 21)]
    [InlineData(1, 1)]
    [InlineData(2, 41)]
    public void Encode_InvalidProgramLength_Throws(int version, int length)
    {
        Assert.Throws<ArgumentException>(() => SegwitAddress.Encode("bc", version, new byte[length]));
    }

    [Fact]
    public void Encode_VersionAbove16_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SegwitAddress.Encode("bc", 17, new byte[20]));
    }
}
