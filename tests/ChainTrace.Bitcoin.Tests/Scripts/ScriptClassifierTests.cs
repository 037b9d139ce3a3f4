using ChainTrace.Bitcoin.Scripts;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Tests.Scripts;

public sealed class ScriptClassifierTests
{
    private const string GenesisKey =
        "04678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5f";

    private const string CompressedKey = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";

    [Theory]
    [InlineData("41" + GenesisKey + "ac", ScriptTypeNames.PubKey, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [InlineData("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac", ScriptTypeNames.PubKeyHash, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [InlineData("0014751e76e8199196d454941c45d1b3a323f1433bd6", ScriptTypeNames.WitnessV0KeyHash, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [InlineData("00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262", ScriptTypeNames.WitnessV0ScriptHash, "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3")]
    [InlineData("512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798", ScriptTypeNames.WitnessV1Taproot, "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")]
    [InlineData("5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6", ScriptTypeNames.WitnessUnknown, "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")]
    [InlineData("6002751e", ScriptTypeNames.WitnessUnknown, "bc1sw50qgdz25j")]
    [InlineData("5210751e76e8199196d454941c45d1b3a323", ScriptTypeNames.WitnessUnknown, "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs")]
    [InlineData("51024e73", ScriptTypeNames.WitnessUnknown, "bc1pfeessrawgf")]
    public void Classify_StandardTemplate_GivesTypeAndAddress(string scriptHex, string type, string address)
    {
        var result = ScriptClassifier.Classify(Convert.FromHexString(scriptHex), BitcoinNetwork.Main);

        Assert.Equal(type, result.TypeName);
        Assert.Equal(address, result.Address);
    }

    [Fact]
    public void Classify_P2sh_GivesBase58AddressThatDecodesBack()
    {
        var script = Convert.FromHexString("a9140ffdcf96700455074292a821c749222e8652993987");

        var result = ScriptClassifier.Classify(script, BitcoinNetwork.Main);

        Assert.Equal(ScriptType.ScriptHash, result.Type);
        Assert.StartsWith("3", result.Address, StringComparison.Ordinal);
        var payload = new byte[21];
        Assert.True(Base58.TryDecodeCheck(result.Address, payload, out _));
        Assert.Equal("050ffdcf96700455074292a821c749222e86529939", Convert.ToHexStringLower(payload));
    }

    [Fact]
    public void Classify_TestnetNetwork_UsesTestnetEncodings()
    {
        Assert.Equal("mpXwg4jMtRhuSpVq4xS3HFHmCmWp9NyGKt", ScriptClassifier.Classify(Convert.FromHexString("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac"), BitcoinNetwork.Testnet).Address);
        Assert.Equal("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", ScriptClassifier.Classify(Convert.FromHexString("0014751e76e8199196d454941c45d1b3a323f1433bd6"), BitcoinNetwork.Testnet).Address);
        Assert.Equal("bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080", ScriptClassifier.Classify(Convert.FromHexString("0014751e76e8199196d454941c45d1b3a323f1433bd6"), BitcoinNetwork.Regtest).Address);
    }

    [Theory]
    [InlineData("6a", ScriptType.NullData)]
    [InlineData("6a00", ScriptType.NullData)]
    [InlineData("6a0401020304", ScriptType.NullData)]
    [InlineData("6a4c0401020304", ScriptType.NullData)]
    [InlineData("6a5150", ScriptType.NullData)]
    [InlineData("6a76", ScriptType.NonStandard)]
    [InlineData("6a050102", ScriptType.NonStandard)]
    [InlineData("6a4c", ScriptType.NonStandard)]
    [InlineData("6a4effffffff00", ScriptType.NonStandard)]
    [InlineData("", ScriptType.NonStandard)]
    [InlineData("ac", ScriptType.NonStandard)]
    [InlineData("00", ScriptType.NonStandard)]
    [InlineData("0019751e76e8199196d454941c45d1b3a323f1433bd6aabbccdd01", ScriptType.NonStandard)]
    [InlineData("0014751e76e8199196d454941c45d1b3a323f1433b", ScriptType.NonStandard)]
    [InlineData("41" + "05678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5f" + "ac", ScriptType.NonStandard)]
    [InlineData("41" + "06678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5f" + "ac", ScriptType.PubKey)]
    [InlineData("21" + CompressedKey + "ac", ScriptType.PubKey)]
    [InlineData("21" + "04" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798" + "ac", ScriptType.NonStandard)]
    [InlineData("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ad", ScriptType.NonStandard)]
    [InlineData("a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888", ScriptType.NonStandard)]
    [InlineData("6101ab", ScriptType.NonStandard)]
    public void GetScriptType_EdgeCase_FollowsCoreSolver(string scriptHex, ScriptType expected)
    {
        Assert.Equal(expected, ScriptClassifier.GetScriptType(Convert.FromHexString(scriptHex)));
    }

    [Theory]
    [InlineData("51" + "21" + CompressedKey + "51ae", ScriptType.Multisig)]
    [InlineData("52" + "21" + CompressedKey + "41" + GenesisKey + "21" + CompressedKey + "53ae", ScriptType.Multisig)]
    [InlineData("51" + "4c21" + CompressedKey + "51ae", ScriptType.Multisig)]
    [InlineData("52" + "21" + CompressedKey + "51ae", ScriptType.NonStandard)]
    [InlineData("51" + "21" + CompressedKey + "52ae", ScriptType.NonStandard)]
    [InlineData("00" + "21" + CompressedKey + "51ae", ScriptType.NonStandard)]
    [InlineData("51" + "20" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798" + "51ae", ScriptType.NonStandard)]
    [InlineData("51" + "21" + CompressedKey + "51" + "51ae", ScriptType.NonStandard)]
    [InlineData("51" + "21" + CompressedKey + "51", ScriptType.NonStandard)]
    [InlineData("5151ae", ScriptType.NonStandard)]
    [InlineData("ae", ScriptType.NonStandard)]
    public void GetScriptType_MultisigVariant_FollowsCoreMatchMultisig(string scriptHex, ScriptType expected)
    {
        Assert.Equal(expected, ScriptClassifier.GetScriptType(Convert.FromHexString(scriptHex)));
    }

    [Fact]
    public void GetScriptType_TwentyKeyMultisigWithPushedCounts_IsMultisig()
    {
        var keys = string.Concat(Enumerable.Repeat("21" + CompressedKey, 20));

        Assert.Equal(ScriptType.Multisig, ScriptClassifier.GetScriptType(Convert.FromHexString("0111" + keys + "0114ae")));
        Assert.Equal(ScriptType.NonStandard, ScriptClassifier.GetScriptType(Convert.FromHexString("0110" + keys + "0114ae")));
        Assert.Equal(ScriptType.NonStandard, ScriptClassifier.GetScriptType(Convert.FromHexString("0111" + keys + "0115ae")));
    }

    [Fact]
    public void Classify_MultisigNullDataNonStandard_HaveNoAddress()
    {
        Assert.Null(ScriptClassifier.Classify(Convert.FromHexString("51" + "21" + CompressedKey + "51ae"), BitcoinNetwork.Main).Address);
        Assert.Null(ScriptClassifier.Classify(Convert.FromHexString("6a0401020304"), BitcoinNetwork.Main).Address);
        Assert.Null(ScriptClassifier.Classify(Convert.FromHexString("6a76"), BitcoinNetwork.Main).Address);
    }

    [Fact]
    public void Classify_P2pkh_AllocatesOnlyTheAddressString()
    {
        var script = Convert.FromHexString("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac");
        _ = ScriptClassifier.Classify(script, BitcoinNetwork.Main);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ScriptClassifier.Classify(script, BitcoinNetwork.Main);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(34, result.Address!.Length);
        Assert.InRange(allocated, 1, 24 + (2 * 34) + 8);
    }

    [Fact]
    public void GetScriptType_AnyScript_DoesNotAllocate()
    {
        var scripts = new[] { "6a0401020304", "51" + "21" + CompressedKey + "51ae", "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798" }
            .Select(Convert.FromHexString).ToArray();
        foreach (var s in scripts)
        {
            _ = ScriptClassifier.GetScriptType(s);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var s in scripts)
        {
            _ = ScriptClassifier.GetScriptType(s);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void GetTypeName_EveryType_IsADistinctCoreName()
    {
        string[] coreNames =
        [
            ScriptTypeNames.NonStandard, ScriptTypeNames.PubKey, ScriptTypeNames.PubKeyHash, ScriptTypeNames.ScriptHash,
            ScriptTypeNames.Multisig, ScriptTypeNames.NullData, ScriptTypeNames.WitnessV0KeyHash,
            ScriptTypeNames.WitnessV0ScriptHash, ScriptTypeNames.WitnessV1Taproot, ScriptTypeNames.WitnessUnknown,
        ];

        var names = Enum.GetValues<ScriptType>().Select(ScriptClassifier.GetTypeName);

        Assert.Equal(coreNames.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }
}
