namespace ChainTrace.Scenarios.Tests;

/// <summary>The generated chain read back with our own blocks-folder source and parser.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class ChainValidityTests(ScenarioFixture fixture)
{
    [Fact]
    public void Chain_EveryInputAndCoinbase_SpendsValidlyAndConservesValue()
    {
        Assert.Empty(ChainChecks.Violations(fixture.Chain));
    }

    [Fact]
    public void Chain_ReadByBlocksDirectorySource_MatchesTheSummary()
    {
        var summary = fixture.Chain.Summary;
        Assert.Equal("regtest", summary.Network.Name);
        Assert.Equal(fixture.Summary.Blocks - 1, summary.TipHeight);
        Assert.Equal(fixture.Summary.TipHash, summary.TipHash.ToReversedHex());
        Assert.Equal(0, summary.StaleBlocks);
        Assert.Equal(fixture.Summary.Transactions, fixture.Chain.Blocks.Sum(b => b.Transactions.Count));
        Assert.Equal(ScenarioFixture.TransactionCount, fixture.Summary.Transactions);
    }

    [Fact]
    public void Chain_Outputs_MixAllFourAddressTypesAndSegwitStructure()
    {
        var types = fixture.Chain.Blocks.SelectMany(b => b.Outputs).GroupBy(o => o.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(types.GetValueOrDefault("pubkeyhash") > 10, "P2PKH outputs");
        Assert.True(types.GetValueOrDefault("scripthash") > 10, "P2SH-P2WPKH outputs");
        Assert.True(types.GetValueOrDefault("witness_v0_keyhash") > 10, "P2WPKH outputs");
        Assert.True(types.GetValueOrDefault("witness_v1_taproot") > 10, "P2TR outputs");
        Assert.True(types.GetValueOrDefault("nulldata") > 0, "OP_RETURN outputs (witness commitments, TX0s)");
        var segwit = fixture.Chain.Blocks.SelectMany(b => b.Transactions).Count(t => t.WitnessHash != t.Hash);
        var legacy = fixture.Chain.Blocks.SelectMany(b => b.Transactions).Count(t => !t.IsCoinbase && t.WitnessHash == t.Hash);
        Assert.True(segwit > 100, $"segwit transactions: {segwit}");
        Assert.True(legacy > 5, $"legacy-only transactions: {legacy}");
    }

    [Fact]
    public void Chain_Blocks_HaveIncreasingTimesAndRegtestBits()
    {
        var blocks = fixture.Chain.Blocks;
        for (var i = 1; i < blocks.Count; i++)
        {
            Assert.Equal("207fffff", blocks[i].Block.Bits);
            Assert.True(blocks[i].Block.Timestamp > blocks[i - 1].Block.Timestamp);
            Assert.Equal(blocks[i - 1].Block.Hash, blocks[i].Block.PreviousBlockHash);
            Assert.True(blocks[i].Block.Weight <= 4_000_000);
        }
    }
}
