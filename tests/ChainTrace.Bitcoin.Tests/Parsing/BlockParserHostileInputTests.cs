using System.Buffers.Binary;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Parsing;

public sealed class BlockParserHostileInputTests
{
    private const long BaseOffset = 1_000_000;
    private const long Height = 169_482;
    private static readonly DataLocation Location = new(File: "blk00042.dat", Offset: BaseOffset, Source: "test");

    private static byte[] Legacy => BlockFixtures.LoadBlock(BlockFixtures.Legacy169482);

    private static byte[] Segwit => BlockFixtures.LoadBlock(BlockFixtures.TestnetRaw);

    [SharedDataFact]
    public void Parse_TruncatedInsideATransaction_ThrowsAtTheTruncation()
    {
        var block = Legacy;
        var layout = BlockParser.Scan(block, default);
        var cut = layout.Transactions[3].Offset + 20;

        var error = ParseFails(block.AsSpan(0, cut).ToArray());

        Assert.Matches("Truncated|cannot fit", error.Message);
        Assert.InRange(error.Location.Offset!.Value, BaseOffset + layout.Transactions[3].Offset, BaseOffset + cut);
    }

    [SharedDataFact]
    public void Parse_ShorterThanHeader_ThrowsAtBlockStart()
    {
        var error = ParseFails(Legacy.AsSpan(0, 79).ToArray());

        Assert.Equal(BaseOffset, error.Location.Offset);
        Assert.Contains("header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_Throws()
    {
        var error = ParseFails([]);

        Assert.Equal(BaseOffset, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_TrailingGarbage_ThrowsAtTheFirstExtraByte()
    {
        var block = Legacy;

        var error = ParseFails([.. block, 0x00, 0x01]);

        Assert.Contains("trailing", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + block.Length, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_OversizedTransactionCount_ThrowsAtTheCount()
    {
        var block = Legacy;
        byte[] mutated = [.. block.AsSpan(0, 80), 0xff, 0, 0, 0, 0, 1, 0, 0, 0, .. block.AsSpan(81)];

        var error = ParseFails(mutated);

        Assert.Contains("Oversized", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + 80, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_NonCanonicalTransactionCount_ThrowsAtTheCount()
    {
        var block = Legacy;
        Assert.Equal(14, block[80]);
        byte[] mutated = [.. block.AsSpan(0, 80), 0xfd, 14, 0, .. block.AsSpan(81)];

        var error = ParseFails(mutated);

        Assert.Contains("Non-canonical", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + 80, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_TransactionCountBeyondRemainingBytes_ThrowsBeforeAllocating()
    {
        var block = Legacy;
        byte[] mutated = [.. block.AsSpan(0, 80), 0xfe, 0x00, 0x00, 0x00, 0x01, .. block.AsSpan(81)];
        _ = BlockParser.Parse(block, Height, BitcoinNetwork.Main, Location);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ParseFails(mutated);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("cannot fit", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + 80, error.Location.Offset);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
    }

    [SharedDataFact]
    public void Parse_InflatedButFittingTransactionCount_FailsWithoutSizingMemoryFromTheCount()
    {
        var block = Legacy;
        var claimed = (block.Length - 83) / 60;
        Assert.True(claimed > 14);
        byte[] mutated = [.. block.AsSpan(0, 80), 0xfd, (byte)claimed, (byte)(claimed >> 8), .. block.AsSpan(81)];
        _ = BlockParser.Parse(block, Height, BitcoinNetwork.Main, Location);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ParseFails(mutated);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Matches("Truncated|cannot fit", error.Message);
        Assert.Equal(BaseOffset + mutated.Length, error.Location.Offset);
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    [SharedDataFact]
    public void Parse_InputCountBeyondRemainingBytes_ThrowsBeforeAllocating()
    {
        var block = Legacy;
        var tx = BlockParser.Scan(block, default).Transactions[5];
        var countAt = tx.Offset + 4;
        Assert.True(block[countAt] is > 0 and < 0xfd);
        byte[] mutated = [.. block.AsSpan(0, countAt), 0xfe, 0x00, 0x00, 0x00, 0x01, .. block.AsSpan(countAt + 1)];
        _ = BlockParser.Parse(block, Height, BitcoinNetwork.Main, Location);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ParseFails(mutated);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("input count", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot fit", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + countAt, error.Location.Offset);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
    }

    [SharedDataFact]
    public void Parse_OutputScriptLengthBeyondBlock_Throws()
    {
        var block = Legacy;
        var parsed = BlockParser.Parse(block, Height, BitcoinNetwork.Main, default);
        var script = Convert.FromHexString(parsed.Outputs[0].ScriptHex);
        var scriptAt = block.AsSpan().IndexOf(script);
        var lengthAt = scriptAt - 1;
        byte[] mutated = [.. block.AsSpan(0, lengthAt), 0xfe, 0xff, 0xff, 0xff, 0x01, .. block.AsSpan(lengthAt + 1)];

        var error = ParseFails(mutated);

        Assert.Equal(BaseOffset + lengthAt, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_NonCanonicalSegwitFlag_ThrowsAtTheFlag()
    {
        var block = Segwit;
        var tx = BlockParser.Scan(block, default).Transactions.First(t => t.HasWitness);
        var flagAt = tx.Offset + 5;
        Assert.Equal(0, block[tx.Offset + 4]);
        Assert.Equal(1, block[flagAt]);
        block[flagAt] = 0x02;

        var error = ParseFails(block, BitcoinNetwork.Testnet);

        Assert.Contains("segwit flag", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + flagAt, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_HeaderMerkleRootAltered_ThrowsMismatchAtTheRoot()
    {
        var block = Legacy;
        block[40] ^= 0x01;

        var error = ParseFails(block);

        Assert.Contains("Merkle root mismatch", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + BlockHeader.MerkleRootOffset, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_TransactionByteAltered_ThrowsMerkleMismatch()
    {
        var block = Legacy;
        var tx = BlockParser.Scan(block, default).Transactions[7];
        block[tx.Offset + tx.Length - 5] ^= 0x80;

        var error = ParseFails(block);

        Assert.Contains("Merkle root mismatch", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Parse_FirstTransactionNotCoinbase_Throws()
    {
        var block = Legacy;
        var coinbase = BlockParser.Scan(block, default).Transactions[0];
        block[coinbase.Offset + 4 + 1 + 32] = 0x00;

        var error = ParseFails(block);

        Assert.Contains("not a coinbase", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + coinbase.Offset, error.Location.Offset);
    }

    [SharedDataFact]
    public void Parse_OutputValueAboveMaxMoney_Throws()
    {
        var block = Legacy;
        var parsed = BlockParser.Parse(block, Height, BitcoinNetwork.Main, default);
        var script = Convert.FromHexString(parsed.Outputs[3].ScriptHex);
        var valueAt = block.AsSpan().IndexOf(script) - 1 - 8;
        Assert.Equal(parsed.Outputs[3].Value, BinaryPrimitives.ReadInt64LittleEndian(block.AsSpan(valueAt)));
        BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(valueAt), -1);

        var error = ParseFails(block);

        Assert.Contains("Output value", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + valueAt, error.Location.Offset);
    }

    [Fact]
    public void Parse_ZeroTransactions_Throws()
    {
        var error = ParseFails([.. new byte[80], 0x00]);

        Assert.Contains("no transactions", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + 80, error.Location.Offset);
    }

    [Fact]
    public void Parse_ErrorLocation_KeepsCallerFileSourceAndSetsHeight()
    {
        var error = ParseFails([1, 2, 3]);

        Assert.Equal("blk00042.dat", error.Location.File);
        Assert.Equal("test", error.Location.Source);
        Assert.Equal(Height, error.Location.Height);
        Assert.Contains("blk00042.dat", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TransactionParser_SuperfluousWitnessRecord_Throws()
    {
        var block = Legacy;
        var tx = BlockParser.Scan(block, default).Transactions[2];
        var legacy = block.AsSpan(tx.Offset, tx.Length);
        var witnessSection = new byte[tx.InputCount];
        byte[] mutated = [.. legacy[..4], 0x00, 0x01, .. legacy[4..^4], .. witnessSection, .. legacy[^4..]];

        var error = Assert.Throws<ChainDataException>(() => TransactionParser.Parse(mutated, BitcoinNetwork.Main, Location));

        Assert.Contains("Superfluous witness", error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TransactionParser_WitnessItemCountBeyondRemainingBytes_Throws()
    {
        var block = Legacy;
        var tx = BlockParser.Scan(block, default).Transactions[2];
        var legacy = block.AsSpan(tx.Offset, tx.Length);
        byte[] mutated = [.. legacy[..4], 0x00, 0x01, .. legacy[4..^4], 0xfe, 0x00, 0x00, 0x00, 0x01, .. legacy[^4..]];

        var error = Assert.Throws<ChainDataException>(() => TransactionParser.Parse(mutated, BitcoinNetwork.Main, Location));

        Assert.Contains("witness item count", error.Message, StringComparison.Ordinal);
        Assert.Equal(BaseOffset + tx.Length + 2 - 4, error.Location.Offset);
    }

    [SharedDataFact]
    public void TransactionParser_TrailingByte_Throws()
    {
        var block = Legacy;
        var tx = BlockParser.Scan(block, default).Transactions[2];

        var error = Assert.Throws<ChainDataException>(() =>
            TransactionParser.Parse([.. block.AsSpan(tx.Offset, tx.Length), 0x00], BitcoinNetwork.Main, Location));

        Assert.Equal(BaseOffset + tx.Length, error.Location.Offset);
    }

    private static ChainDataException ParseFails(byte[] block, BitcoinNetwork? network = null) =>
        Assert.Throws<ChainDataException>(() => BlockParser.Parse(block, Height, network ?? BitcoinNetwork.Main, Location));
}
