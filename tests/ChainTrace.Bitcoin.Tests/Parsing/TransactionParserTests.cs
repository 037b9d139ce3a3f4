using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Tests.Parsing;

public sealed class TransactionParserTests
{
    [SharedDataFact]
    public void Parse_MegaTransaction_MatchesKnownFacts()
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("bitcoin/blocks/megatx.bin"));
        Assert.Equal(999_657, bytes.Length);

        var parsed = TransactionParser.Parse(bytes, BitcoinNetwork.Main, new DataLocation(File: "megatx.bin"));

        var tx = parsed.Transaction;
        Assert.Equal("bb41a757f405890fb0f5856228e23b715702d714d59bf2b1feb70d8b2b4e3e08", tx.Hash.ToReversedHex());
        Assert.Equal(tx.Hash, tx.WitnessHash);
        Assert.Equal(999_657, tx.Size);
        Assert.Equal(999_657, tx.VirtualSize);
        Assert.Equal(5_569, tx.InputCount);
        Assert.Equal(5_569, parsed.Inputs.Count);
        Assert.Equal(Enumerable.Range(0, 5_569), parsed.Inputs.Select(i => i.Index));
        var output = Assert.Single(parsed.Outputs);
        Assert.Equal(5_569_000, output.Value);
        Assert.Equal(5_569_000, tx.OutputValue);
        Assert.False(tx.IsCoinbase);
        Assert.Null(tx.Fee);
        Assert.All(parsed.Inputs, i => Assert.NotNull(i.SpentTransactionHash));
    }

    [SharedDataFact]
    public void ComputeTxid_MegaTransaction_MatchesKnownTxid()
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("bitcoin/blocks/megatx.bin"));

        var txid = TransactionParser.ComputeTxid(bytes, default);

        Assert.Equal("bb41a757f405890fb0f5856228e23b715702d714d59bf2b1feb70d8b2b4e3e08", txid.ToReversedHex());
    }

    [SharedDataFact]
    public void Parse_EachTransactionOfASegwitBlock_MatchesTheBlockRows()
    {
        var block = BlockFixtures.LoadBlock(BlockFixtures.SegwitRaw);
        var parsedBlock = BlockParser.Parse(block, 702861, BitcoinNetwork.Main, default);
        var layout = BlockParser.Scan(block, default);
        Assert.Equal(parsedBlock.Transactions.Count, layout.TransactionCount);

        for (var t = 0; t < layout.TransactionCount; t += 97)
        {
            var range = layout.Transactions[t];
            var context = new TransactionContext(702861, parsedBlock.Block.Hash, parsedBlock.Block.Timestamp, t);

            var parsed = TransactionParser.Parse(block.AsSpan(range.Offset, range.Length), BitcoinNetwork.Main, context, default);

            Assert.Equal(parsedBlock.Transactions[t], parsed.Transaction);
            Assert.Equal(parsedBlock.Outputs.Where(o => o.TransactionHash == parsed.Transaction.Hash), parsed.Outputs);
            Assert.Equal(parsedBlock.Inputs.Where(i => i.TransactionHash == parsed.Transaction.Hash), parsed.Inputs);
            Assert.Equal(range.HasWitness, parsed.Transaction.WitnessHash != parsed.Transaction.Hash);
        }
    }

    [SharedDataTheory]
    [InlineData(BlockFixtures.SegwitRaw)]
    [InlineData(BlockFixtures.Legacy169482)]
    public void Scan_RealBlock_RangesAreContiguousAndCoverTheBlock(string file)
    {
        var block = BlockFixtures.LoadBlock(file);

        var layout = BlockParser.Scan(block, default);

        var parsed = BlockParser.Parse(block, 1, BitcoinNetwork.Main, default);
        Assert.Equal(parsed.Header, layout.Header);
        Assert.Equal(parsed.Transactions.Select(t => t.Size), layout.Transactions.Select(r => r.Length));
        Assert.Equal(parsed.Transactions.Select(t => t.InputCount), layout.Transactions.Select(r => r.InputCount));
        Assert.Equal(parsed.Transactions.Select(t => t.OutputCount), layout.Transactions.Select(r => r.OutputCount));
        Assert.Equal(block.Length, layout.Transactions[^1].Offset + layout.Transactions[^1].Length);
        for (var t = 1; t < layout.TransactionCount; t++)
        {
            Assert.Equal(layout.Transactions[t - 1].Offset + layout.Transactions[t - 1].Length, layout.Transactions[t].Offset);
        }

        Assert.Equal(parsed.Block.StrippedSize - 80 - (layout.TransactionCount < 0xfd ? 1 : 3), layout.Transactions.Sum(r => r.StrippedLength));
    }

    [SharedDataFact]
    public void Parse_CoinbaseAlone_IsRecognisedByShape()
    {
        var block = BlockFixtures.LoadBlock(BlockFixtures.SegwitRaw);
        var range = BlockParser.Scan(block, default).Transactions[0];

        var parsed = TransactionParser.Parse(block.AsSpan(range.Offset, range.Length), BitcoinNetwork.Main, default);

        Assert.True(parsed.Transaction.IsCoinbase);
        Assert.Equal(0, parsed.Transaction.Fee);
        Assert.Null(Assert.Single(parsed.Inputs).SpentTransactionHash);
        Assert.Equal("764b60c3d9a2c3c5bb6fe7141d9ca6e6778122df75f19366a2c5cb948d1d7d84", parsed.Transaction.Hash.ToReversedHex());
        Assert.Equal(ScriptTypeNames.NullData, parsed.Outputs[^1].Type);
    }
}
