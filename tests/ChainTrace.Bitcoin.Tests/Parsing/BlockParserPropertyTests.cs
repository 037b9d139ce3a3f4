using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Core;
using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Bitcoin.Tests.Parsing;

public sealed class BlockParserPropertyTests
{
    private const long BaseOffset = 4096;

    [SharedDataTheory]
    [InlineData(BlockFixtures.Legacy169482, "main")]
    [InlineData(BlockFixtures.TestnetRaw, "test")]
    public void Parse_RandomMutationsAndTruncations_ParseOrThrowLocatedChainDataException(string file, string networkName)
    {
        Assert.True(BitcoinNetwork.TryFromName(networkName, out var network));
        var original = BlockFixtures.LoadBlock(file);
        var starts = BlockParser.Scan(original, default).Transactions.Select(t => t.Offset).ToArray();
        var location = new DataLocation(File: file, Offset: BaseOffset);

        // A position either anywhere, or a few bytes into a transaction where counts and flags live.
        var position = Gen.OneOf(
            Gen.Choose(0, original.Length - 1),
            Gen.Elements(starts).SelectMany(start => Gen.Choose(0, 48).Select(delta => Math.Min(start + delta, original.Length - 1))));
        var edit = position.SelectMany(p => Gen.Choose(0, 255).Select(v => (Position: p, Value: (byte)v)));
        var mutation =
            from edits in Gen.ListOf(edit)
            from cut in Gen.Frequency((3, Gen.Constant(original.Length)), (1, Gen.Choose(0, original.Length)))
            from insert in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, original.Length)))
            select (Edits: edits.Take(6).ToArray(), Cut: cut, Insert: insert);

        Prop.ForAll(mutation.ToArbitrary(), m =>
        {
            var bytes = original.ToList();
            foreach (var (p, v) in m.Edits)
            {
                bytes[p] = v;
            }

            if (m.Insert >= 0)
            {
                bytes.InsertRange(Math.Min(m.Insert, bytes.Count), [0xfd, 0xff, 0xff]);
            }

            var block = bytes.Take(m.Cut).ToArray();
            try
            {
                var parsed = BlockParser.Parse(block, 9, network, location);
                return parsed.Transactions.Count > 0 && parsed.Block.Size == block.Length;
            }
            catch (ChainDataException error)
            {
                return error.Location.File == file
                    && error.Location.Height == 9
                    && error.Location.Offset >= BaseOffset
                    && error.Location.Offset <= BaseOffset + block.Length;
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [SharedDataFact]
    public void Parse_EveryTruncationOfATestnetBlock_ThrowsChainDataException()
    {
        var original = BlockFixtures.LoadBlock(BlockFixtures.TestnetRaw);

        for (var length = 0; length < original.Length; length++)
        {
            var cut = original.AsSpan(0, length).ToArray();
            var error = Assert.Throws<ChainDataException>(() => BlockParser.Parse(cut, 1, BitcoinNetwork.Testnet, new DataLocation(File: "t")));
            Assert.InRange(error.Location.Offset!.Value, 0, length);
        }
    }
}
