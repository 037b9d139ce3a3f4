using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Scripts;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;
using ChainTrace.Scenarios.Bitcoin.AnswerKeys;
using ChainTrace.Scenarios.Bitcoin.Economy;
using ChainTrace.Scenarios.Bitcoin.Keys;
using ChainTrace.Scenarios.Bitcoin.Serialization;
using FsCheck.Xunit;

namespace ChainTrace.Scenarios.Tests;

/// <summary>The writer's consensus serialization, checked against the project's parser and Core's encodings.</summary>
public sealed class SerializationTests
{
    [Theory]
    [InlineData(1, "51")]
    [InlineData(16, "60")]
    [InlineData(17, "0111")]
    [InlineData(127, "017f")]
    [InlineData(128, "028000")]
    [InlineData(255, "02ff00")]
    [InlineData(256, "020001")]
    [InlineData(32767, "02ff7f")]
    [InlineData(32768, "03008000")]
    [InlineData(8388608, "0400008000")]
    public void WriteHeightPush_Height_EncodesLikeCoreScriptNum(long height, string expected)
    {
        Span<byte> buffer = stackalloc byte[16];
        var length = CoinbaseWriter.WriteHeightPush(height, buffer);
        Assert.Equal(expected, Convert.ToHexStringLower(buffer[..length]));
    }

    [Fact]
    public void RegtestGenesis_Bytes_ParseToTheKnownGenesisHashAndMerkleRoot()
    {
        var block = BlockParser.Parse(RegtestGenesis.Bytes(), 0, BitcoinNetwork.Regtest, default);
        Assert.Equal(RegtestGenesis.HashHex, block.Block.Hash.ToReversedHex());
        Assert.Equal(RegtestGenesis.CoinbaseTxidHex, block.Transactions[0].Hash.ToReversedHex());
        Assert.Equal(RegtestGenesis.OutputValue, block.Outputs[0].Value);
    }

    [Fact]
    public void ProofOfWork_Grind_FindsAHashWithinTheRegtestTarget()
    {
        var header = new byte[80];
        header[0] = 1;
        BitConverter.TryWriteBytes(header.AsSpan(72), ProofOfWork.RegtestBits);
        Span<byte> hash = stackalloc byte[32];
        ProofOfWork.Grind(header, hash);
        Assert.True(hash[31] <= 0x7f);
        Assert.Equal(new Hash256(hash), BitcoinHashes.DoubleSha256(header));
        Span<byte> target = stackalloc byte[32];
        ProofOfWork.DecodeTarget(0x1d00ffff, target);
        Assert.Equal("00000000ffff0000000000000000000000000000000000000000000000000000", Convert.ToHexStringLower(target));
    }

    [Fact]
    public void MerkleRoot_ThreeLeaves_DuplicatesTheOddLast()
    {
        var leaves = new byte[96];
        for (var i = 0; i < leaves.Length; i++)
        {
            leaves[i] = (byte)i;
        }

        var scratch = Array.Empty<byte>();
        Span<byte> root = stackalloc byte[32];
        MerkleRoot.Compute(leaves, 3, ref scratch, root);
        var left = BitcoinHashes.DoubleSha256(leaves.AsSpan(0, 64)).ToArray();
        var right = BitcoinHashes.DoubleSha256([.. leaves.AsSpan(64, 32), .. leaves.AsSpan(64, 32)]).ToArray();
        Assert.Equal(BitcoinHashes.DoubleSha256([.. left, .. right]), new Hash256(root));
    }

    [Property(MaxTest = 150)]
    public void TransactionBuilder_RandomTransaction_ParsesBackWithSameIdsSizesValuesAndAddresses(int seed)
    {
        using var directory = new TempDirectory();
        var random = new ScenarioRandom((ulong)seed, "property");
        var entities = new EntityRegistry();
        var owner = entities.Add("owner", EntityTypes.User, "test");
        var files = new BlkFileWriter(directory.Path, BitcoinNetwork.Regtest, 1 << 20, BlockFileXorKey.None);
        var answerKey = new AnswerKeyWriter(directory.Path);
        try
        {
            var chain = new ChainWriter(files, answerKey, entities, seed);
            chain.BeginBlock(200, 1_700_000_000);
            var tx = chain.Begin(random.Next(1, 3), (uint)random.Next(0, 200));
            var inputs = random.Next(1, 6);
            var txid = new byte[32];
            for (var i = 0; i < inputs; i++)
            {
                random.Fill(txid);
                var coin = new Coin
                {
                    Txid = new Hash256(txid),
                    Vout = (ushort)random.Next(0, 300),
                    Value = random.NextInt64(1_000_000, 1_000_000_000),
                    Kind = (AddressKind)random.Next(4),
                    Address = random.Next(0, 1000),
                };
                tx.AddInput(coin, (uint)random.Next(0, int.MaxValue));
            }

            var outputs = random.Next(1, 6);
            var kinds = new List<AddressKind>();
            for (var i = 0; i < outputs; i++)
            {
                var kind = (AddressKind)random.Next(4);
                kinds.Add(kind);
                tx.AddOutput(random.NextInt64(0, tx.InputValue / outputs), chain.Addresses.Allocate(kind, owner, AddressRole.Receive));
            }

            if (random.Chance(0.3))
            {
                Span<byte> data = stackalloc byte[random.Next(0, 76)];
                random.Fill(data);
                tx.AddNullData(data);
            }

            var virtualSize = tx.VirtualSize();
            var created = tx.Commit(TransactionPurposes.Ordinary, owner).ToArray();
            var parsed = TransactionParser.Parse(tx.LastSerialization, BitcoinNetwork.Regtest, default);

            Assert.Equal(tx.LastTxid, parsed.Transaction.Hash);
            Assert.Equal(TransactionParser.ComputeTxid(tx.LastSerialization, default), tx.LastTxid);
            Assert.Equal(virtualSize, parsed.Transaction.VirtualSize);
            Assert.Equal(inputs, parsed.Inputs.Count);
            Assert.Equal(tx.OutputCount, parsed.Outputs.Count);
            Assert.Equal(tx.OutputValue, parsed.Transaction.OutputValue);
            Assert.Equal(tx.Inputs.Any(c => c.Kind != AddressKind.P2pkh), parsed.Transaction.WitnessHash != parsed.Transaction.Hash);
            for (var i = 0; i < outputs; i++)
            {
                var output = parsed.Outputs[i];
                Assert.Equal(created[i].Value, output.Value);
                Assert.Equal(WalletPolicy.KindName(kinds[i]), output.Type);
                var script = Convert.FromHexString(output.ScriptHex);
                Assert.Equal(ScriptClassifier.Classify(script, BitcoinNetwork.Regtest).Address, ScriptTemplates.AddressOf(kinds[i], script, BitcoinNetwork.Regtest));
                Assert.Equal(tx.LastTxid, created[i].Txid);
                Assert.Equal(i, created[i].Vout);
            }

            for (var i = 0; i < inputs; i++)
            {
                Assert.Equal(tx.Inputs[i].Txid, parsed.Inputs[i].SpentTransactionHash);
                Assert.Equal(tx.Inputs[i].Vout, parsed.Inputs[i].SpentOutputIndex);
            }
        }
        finally
        {
            answerKey.DisposeAsync().AsTask().GetAwaiter().GetResult();
            files.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void KeyDerivation_SameSeedAndIndex_SameKey_OtherwiseDifferent()
    {
        var a = new KeyDerivation(1);
        var b = new KeyDerivation(1);
        var c = new KeyDerivation(2);
        Span<byte> x = stackalloc byte[33];
        Span<byte> y = stackalloc byte[33];
        a.PublicKey(5, x);
        b.PublicKey(5, y);
        Assert.True(x.SequenceEqual(y));
        Assert.True(x[0] is 0x02 or 0x03);
        c.PublicKey(5, y);
        Assert.False(x.SequenceEqual(y));
        a.PublicKey(6, y);
        Assert.False(x.SequenceEqual(y));
    }
}
