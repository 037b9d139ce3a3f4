using ChainTrace.Core;

namespace ChainTrace.Bitcoin.Sources;

/// <summary>
/// Gathers the outputs a block's inputs spend: from <c>getblock</c> verbosity 3 prevouts when the node sent them, from
/// the block's own outputs for spends inside the block, and otherwise with batched <c>getrawtransaction</c>.
/// </summary>
internal static class PrevoutCollector
{
    /// <exception cref="ChainSourceException">The node can supply some prevout by none of these means.</exception>
    public static async Task<IReadOnlyDictionary<OutPointId, Prevout>> CollectAsync(
        BitcoinRpcClient client, RpcBlock block, CancellationToken cancellationToken)
    {
        var transactions = block.Transactions!;
        var result = new Dictionary<OutPointId, Prevout>();
        var missing = new List<OutPointId>();
        Dictionary<OutPointId, (RpcOutput Output, bool IsCoinbase)>? created = null;
        foreach (var tx in transactions)
        {
            foreach (var input in tx.Inputs)
            {
                if (input.OutPoint is not { } outPoint)
                {
                    continue;
                }

                if (input.Prevout is { } prevout)
                {
                    result[outPoint] = prevout;
                    continue;
                }

                created ??= OutputsOf(transactions);
                if (created.TryGetValue(outPoint, out var spent))
                {
                    var output = spent.Output;
                    result[outPoint] = new Prevout(
                        outPoint, output.Value, output.ScriptPubKey, block.Height, spent.IsCoinbase, output.NodeScriptType, output.NodeAddress);
                }
                else
                {
                    missing.Add(outPoint);
                }
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var found = await client.GetPrevoutsAsync(missing, cancellationToken).ConfigureAwait(false);
        foreach (var outPoint in missing)
        {
            result[outPoint] = found.TryGetValue(outPoint, out var prevout)
                ? prevout
                : throw new ChainSourceException(
                    $"The node at {client.Endpoint} supplies no prevout for {outPoint} spent in block {block.Hash.ToReversedHex()}: it needs Bitcoin Core 23+ (getblock verbosity 3) or -txindex.",
                    isTransient: false);
        }

        return result;
    }

    private static Dictionary<OutPointId, (RpcOutput Output, bool IsCoinbase)> OutputsOf(IReadOnlyList<RpcTransaction> transactions)
    {
        var outputs = new Dictionary<OutPointId, (RpcOutput, bool)>();
        for (var t = 0; t < transactions.Count; t++)
        {
            foreach (var output in transactions[t].Outputs)
            {
                outputs[new OutPointId(transactions[t].Txid, output.Index)] = (output, t == 0);
            }
        }

        return outputs;
    }
}
