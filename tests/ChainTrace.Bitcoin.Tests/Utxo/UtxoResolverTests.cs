using System.Text.Json;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Tests.Utxo;

public sealed class UtxoResolverTests
{
    private static (ParsedBlock Block, Dictionary<OutPointId, Prevout> Prevouts, JsonDocument Json) Block277647()
    {
        var framed = File.ReadAllBytes(SharedData.PathOf("bitcoin/blocks/277647.dat"));
        var block = BlockParser.Parse(framed.AsSpan(8), 277647, BitcoinNetwork.Main, new DataLocation(File: "277647.dat", Offset: 8));
        var json = JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("bitcoin/blocks/277647.prevouts.json")));
        var prevouts = new Dictionary<OutPointId, Prevout>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var parts = entry.Name.Split(':');
            var outPoint = new OutPointId(Hash256.ParseReversed(parts[0]), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            var value = entry.Value.GetProperty("value_sat").GetInt64();
            var script = Convert.FromHexString(entry.Value.GetProperty("spk").GetString()!);
            prevouts[outPoint] = new Prevout(outPoint, value, script, entry.Value.GetProperty("height").GetInt64(), null, null, null);
        }

        return (block, prevouts, json);
    }

    [SharedDataFact]
    public void Resolve_Block277647WithRecordedPrevouts_TotalFeesMatch()
    {
        var (block, prevouts, json) = Block277647();
        using var _ = json;
        var resolver = new UtxoResolver(new UtxoSet(), BitcoinNetwork.Main);

        var resolved = resolver.Resolve(block, prevouts);

        Assert.Equal(4_737_355, resolved.Transactions.Sum(t => t.Fee ?? 0));
        Assert.All(resolved.Transactions, t => Assert.NotNull(t.Fee));
        Assert.All(resolved.Inputs.Skip(1), i => Assert.NotNull(i.Value));
        // The coinbase claims the subsidy (25 BTC at this height) plus exactly the fees.
        Assert.Equal(2_500_000_000 + 4_737_355, resolved.Transactions[0].OutputValue);
    }

    [SharedDataFact]
    public void Resolve_Block277647_InputAddressesMatchTheRecordedPrevouts()
    {
        var (block, prevouts, json) = Block277647();
        using var _ = json;
        var resolved = new UtxoResolver(new UtxoSet(), BitcoinNetwork.Main).Resolve(block, prevouts);

        foreach (var input in resolved.Inputs.Skip(1))
        {
            var key = $"{input.SpentTransactionHash!.Value.ToReversedHex()}:{input.SpentOutputIndex}";
            var recorded = json.RootElement.GetProperty(key);
            Assert.Equal(recorded.GetProperty("address").GetString(), input.Address);
            Assert.Equal(recorded.GetProperty("value_sat").GetInt64(), input.Value);
        }
    }

    [SharedDataFact]
    public void Resolve_MissingPrevout_ThrowsChainDataExceptionNamingTheTransaction()
    {
        var (block, prevouts, json) = Block277647();
        using var _ = json;
        var missing = block.Inputs[1];
        prevouts.Remove(new OutPointId(missing.SpentTransactionHash!.Value, (int)missing.SpentOutputIndex!.Value));

        var ex = Assert.Throws<ChainDataException>(() => new UtxoResolver(new UtxoSet(), BitcoinNetwork.Main).Resolve(block, prevouts));

        Assert.Equal(277647, ex.Location.Height);
        Assert.Equal(missing.TransactionHash.ToReversedHex(), ex.Location.Transaction);
    }

    [SharedDataFact]
    public void Apply_ThenResolveOfAChildSpend_UsesOutputsOfEarlierBlocks()
    {
        var (block, prevouts, json) = Block277647();
        using var _ = json;
        var set = new UtxoSet();
        var resolver = new UtxoResolver(set, BitcoinNetwork.Main);

        resolver.Apply(block, prevouts);

        var outputsAdded = block.Outputs.Count(o => !o.ScriptHex.StartsWith("6a", StringComparison.Ordinal));
        Assert.Equal(outputsAdded - CountSpentWithinBlock(block), set.Count);
        var first = block.Outputs[0];
        Assert.True(set.TryRemove(first.TransactionHash, 0, out var spent));
        Assert.Equal(first.Value, spent.Value);
        Assert.Equal(first.Address, spent.Address);
    }

    private static int CountSpentWithinBlock(ParsedBlock block)
    {
        var created = block.Transactions.Select(t => t.Hash).ToHashSet();
        return block.Inputs.Count(i => i.SpentTransactionHash is { } h && created.Contains(h));
    }
}
