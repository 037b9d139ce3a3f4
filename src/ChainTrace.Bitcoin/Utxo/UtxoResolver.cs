using System.Globalization;
using ChainTrace.Bitcoin.Parsing;
using ChainTrace.Bitcoin.Scripts;
using ChainTrace.Bitcoin.Sources;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Bitcoin.Utxo;

/// <summary>
/// Applies parsed blocks, in height order, to a <see cref="UtxoSet"/>: every input removes the output it spends and
/// takes its value, type and address; every spendable output is added. Transactions are applied in block order, so a
/// transaction may spend an output created earlier in the same block.
/// </summary>
public sealed class UtxoResolver
{
    private const int MaxSpendableScriptHexLength = 2 * 10_000;
    private readonly UtxoSet _set;
    private readonly BitcoinNetwork _network;

    /// <summary>Creates a resolver over <paramref name="set"/>, which it updates.</summary>
    /// <param name="set">The unspent outputs as of the block before the first one applied.</param>
    /// <param name="network">The network, to classify prevout scripts delivered by a node.</param>
    public UtxoResolver(UtxoSet set, BitcoinNetwork network)
    {
        _set = set ?? throw new ArgumentNullException(nameof(set));
        _network = network ?? throw new ArgumentNullException(nameof(network));
    }

    /// <summary>The set this resolver updates.</summary>
    public UtxoSet Set => _set;

    /// <summary>Applies the block and returns its rows with every input resolved.</summary>
    /// <param name="block">The parsed block; its height must follow the previously applied block.</param>
    /// <param name="prevouts">
    /// Spent outputs delivered by the source (a node's <c>getblock</c> verbosity 3), used for inputs whose output the
    /// set does not hold because the ingest started above genesis; null when the source has none.
    /// </param>
    /// <exception cref="ChainDataException">An input spends an output that is neither unspent nor delivered, or a
    /// transaction spends more than its inputs hold.</exception>
    public ResolvedBlock Resolve(ParsedBlock block, IReadOnlyDictionary<OutPointId, Prevout>? prevouts = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var transactions = new BitcoinTransactionRow[block.Transactions.Count];
        var inputs = new BitcoinInputRow[block.Inputs.Count];
        Walk(block, prevouts, transactions, inputs);
        return new ResolvedBlock(block.Block, transactions, inputs, block.Outputs);
    }

    /// <summary>Applies the block to the set without building rows (replaying blocks that are already in the dataset).</summary>
    /// <exception cref="ChainDataException">As for <see cref="Resolve"/>.</exception>
    public void Apply(ParsedBlock block, IReadOnlyDictionary<OutPointId, Prevout>? prevouts = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        Walk(block, prevouts, null, null);
    }

    private void Walk(
        ParsedBlock block,
        IReadOnlyDictionary<OutPointId, Prevout>? prevouts,
        BitcoinTransactionRow[]? transactionsOut,
        BitcoinInputRow[]? inputsOut)
    {
        var inputs = block.Inputs;
        var outputs = block.Outputs;
        int inputPosition = 0, outputPosition = 0;
        for (var t = 0; t < block.Transactions.Count; t++)
        {
            var tx = block.Transactions[t];
            long inputValue = 0;
            for (var k = 0; k < tx.InputCount; k++, inputPosition++)
            {
                var input = inputs[inputPosition];
                if (tx.IsCoinbase)
                {
                    if (inputsOut is not null)
                    {
                        inputsOut[inputPosition] = input;
                    }

                    continue;
                }

                var spent = Spend(input, block.Block.Number, prevouts);
                inputValue += spent.Value;
                if (inputsOut is not null)
                {
                    inputsOut[inputPosition] = input with { Type = spent.Type, Address = spent.Address, Value = spent.Value };
                }
            }

            for (var k = 0; k < tx.OutputCount; k++, outputPosition++)
            {
                var output = outputs[outputPosition];
                if (IsSpendable(output))
                {
                    _set.Add(output.TransactionHash, output.Index, output.Value, output.Type, output.Address);
                }
            }

            if (!tx.IsCoinbase && inputValue < tx.OutputValue)
            {
                throw new ChainDataException(
                    string.Create(CultureInfo.InvariantCulture, $"Transaction spends {tx.OutputValue} sat but its inputs hold only {inputValue} sat"),
                    new DataLocation(Height: block.Block.Number, Transaction: tx.Hash.ToReversedHex()));
            }

            if (transactionsOut is not null)
            {
                transactionsOut[t] = tx.IsCoinbase ? tx : tx with { InputValue = inputValue, Fee = inputValue - tx.OutputValue };
            }
        }
    }

    private SpentOutput Spend(BitcoinInputRow input, long height, IReadOnlyDictionary<OutPointId, Prevout>? prevouts)
    {
        var txid = input.SpentTransactionHash!.Value;
        var vout = (int)input.SpentOutputIndex!.Value;
        if (_set.TryRemove(txid, vout, out var spent))
        {
            return spent;
        }

        if (prevouts is not null && prevouts.TryGetValue(new OutPointId(txid, vout), out var prevout))
        {
            var classification = ScriptClassifier.Classify(prevout.ScriptPubKey.Span, _network);
            return new SpentOutput(prevout.Value, classification.TypeName, classification.Address);
        }

        throw new ChainDataException(
            string.Create(CultureInfo.InvariantCulture, $"Input {input.Index} spends {txid.ToReversedHex()}:{vout}, which is not an unspent output of the blocks ingested so far"),
            new DataLocation(Height: height, Transaction: input.TransactionHash.ToReversedHex()));
    }

    /// <summary>Bitcoin Core's IsUnspendable, negated: not starting with OP_RETURN (0x6a) and at most 10,000 bytes.</summary>
    private static bool IsSpendable(BitcoinOutputRow output) =>
        !output.ScriptHex.StartsWith("6a", StringComparison.Ordinal) &&
        output.ScriptHex.Length <= MaxSpendableScriptHexLength;
}
