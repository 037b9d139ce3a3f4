using System.Security.Cryptography;
using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Core;
using ChainTrace.Core.Rows;
using FsCheck;
using FsCheck.Fluent;

namespace ChainTrace.Bitcoin.Tests.Utxo;

public sealed class UtxoSetTests
{
    private static Hash256 Txid(int n) => new(SHA256.HashData(BitConverter.GetBytes(n)));

    [Fact]
    public void TryRemove_AddedOutput_ReturnsValueTypeAndAddressOnce()
    {
        var set = new UtxoSet();
        set.Add(Txid(1), 3, 5_000_000_000, ScriptTypeNames.PubKeyHash, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");

        Assert.True(set.TryRemove(Txid(1), 3, out var spent));
        Assert.Equal(new SpentOutput(5_000_000_000, ScriptTypeNames.PubKeyHash, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), spent);
        Assert.False(set.TryRemove(Txid(1), 3, out _));
        Assert.Equal(0, set.Count);
    }

    [Fact]
    public void TryRemove_OtherIndexOrTxid_ReturnsFalse()
    {
        var set = new UtxoSet();
        set.Add(Txid(1), 0, 1, ScriptTypeNames.NonStandard, null);
        Assert.False(set.TryRemove(Txid(1), 1, out _));
        Assert.False(set.TryRemove(Txid(2), 0, out _));
        Assert.True(set.TryRemove(Txid(1), 0, out var spent));
        Assert.Null(spent.Address);
    }

    [Fact]
    public void Add_DuplicateTxidAndIndex_ReplacesLikeBip30()
    {
        var set = new UtxoSet();
        Assert.False(set.Add(Txid(7), 0, 5_000_000_000, ScriptTypeNames.PubKey, "1first"));
        Assert.True(set.Add(Txid(7), 0, 5_000_000_000, ScriptTypeNames.PubKey, "1second"));
        Assert.Equal(1, set.Count);
        Assert.Equal(1, set.ReplacedCount);
        Assert.True(set.TryRemove(Txid(7), 0, out var spent));
        Assert.Equal("1second", spent.Address);
    }

    [Fact]
    public void Add_ValueOrIndexOutOfRange_Throws()
    {
        var set = new UtxoSet();
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add(Txid(1), -1, 1, ScriptTypeNames.PubKeyHash, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add(Txid(1), 0, -1, ScriptTypeNames.PubKeyHash, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add(Txid(1), 1 << 20, 1, ScriptTypeNames.PubKeyHash, null));
    }

    [Fact]
    public void SaveLoad_RoundTrip_KeepsEveryOutputAndTheBlock()
    {
        var set = new UtxoSet();
        for (var i = 0; i < 5000; i++)
        {
            set.Add(Txid(i), i % 7, i * 1000L, i % 2 == 0 ? ScriptTypeNames.WitnessV0KeyHash : ScriptTypeNames.NullData, i % 3 == 0 ? null : $"addr{i % 50}");
        }

        using var stream = new MemoryStream();
        set.Save(stream, 599, Txid(99));
        stream.Position = 0;
        var loaded = UtxoSet.Load(stream, out var height, out var hash);

        Assert.Equal(599, height);
        Assert.Equal(Txid(99), hash);
        Assert.Equal(set.Count, loaded.Count);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(loaded.TryRemove(Txid(i), i % 7, out var spent));
            Assert.Equal(i * 1000L, spent.Value);
            Assert.Equal(i % 3 == 0 ? null : $"addr{i % 50}", spent.Address);
        }
    }

    [Fact]
    public void Load_TruncatedSnapshot_ThrowsInvalidData()
    {
        var set = new UtxoSet();
        set.Add(Txid(1), 0, 1, ScriptTypeNames.PubKeyHash, "1x");
        using var stream = new MemoryStream();
        set.Save(stream, 1, Txid(1));
        using var truncated = new MemoryStream(stream.ToArray()[..^3]);
        Assert.Throws<InvalidDataException>(() => UtxoSet.Load(truncated, out _, out _));
    }

    [Fact]
    public void MeasureMemory_MillionOutputs_StaysNear24BytesPerSlot()
    {
        var set = new UtxoSet();
        for (var i = 0; i < 1_000_000; i++)
        {
            set.Add(Txid(i), 0, i, ScriptTypeNames.PubKeyHash, null);
        }

        var stats = set.MeasureMemory();
        Assert.Equal(1_000_000, stats.Count);
        // Slots are 24 bytes; the table grows by half at 85% load, so slot bytes per output stay below 24 / 0.56.
        Assert.InRange(stats.EntryBytesPerOutput, 24.0, 43.0);
    }

    [Fact]
    public void AddRemove_RandomOperations_MatchADictionaryModel()
    {
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 400).Zip(Gen.Elements(true, false))).ToArbitrary(),
            ops =>
            {
                var set = new UtxoSet();
                var model = new Dictionary<int, long>();
                foreach (var (n, add) in ops)
                {
                    if (add)
                    {
                        set.Add(Txid(n), n % 5, n, ScriptTypeNames.ScriptHash, "a" + n);
                        model[n] = n;
                    }
                    else
                    {
                        var removed = set.TryRemove(Txid(n), n % 5, out var spent);
                        if (removed != model.Remove(n) || (removed && (spent.Value != n || spent.Address != "a" + n)))
                        {
                            return false;
                        }
                    }
                }

                return set.Count == model.Count;
            }).QuickCheckThrowOnFailure();
    }
}
