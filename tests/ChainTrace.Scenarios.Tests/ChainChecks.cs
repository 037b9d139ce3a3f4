using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Scenarios.Tests;

/// <summary>
/// Spend validity of a parsed chain, checked with a plain dictionary UTXO set: every input spends an output that exists,
/// was created earlier and is unspent; coinbases are spent only after 100 blocks; no transaction creates value; each
/// coinbase claims at most the regtest subsidy plus its block's fees.
/// </summary>
public static class ChainChecks
{
    public static long Subsidy(long height) => height / 150 >= 64 ? 0 : 50_0000_0000L >> (int)(height / 150);

    /// <summary>Returns every violation found (empty for a valid chain).</summary>
    public static List<string> Violations(ParsedChain chain)
    {
        var problems = new List<string>();
        var utxo = new Dictionary<(Hash256 Txid, long Vout), (long Value, long Height, bool Coinbase)>();
        foreach (var block in chain.Blocks)
        {
            var height = block.Block.Number;
            var inputs = block.Inputs.ToLookup(i => i.TransactionHash);
            var outputs = block.Outputs.ToLookup(o => o.TransactionHash);
            long fees = 0;
            foreach (var tx in block.Transactions)
            {
                long inputValue = 0;
                if (!tx.IsCoinbase)
                {
                    foreach (var input in inputs[tx.Hash])
                    {
                        var key = (input.SpentTransactionHash!.Value, input.SpentOutputIndex!.Value);
                        if (!utxo.Remove(key, out var spent))
                        {
                            problems.Add(Say($"height {height} tx {tx.Hash.ToReversedHex()} input {input.Index} spends a missing or spent output"));
                            continue;
                        }

                        if (spent.Coinbase && height - spent.Height < 100)
                        {
                            problems.Add(Say($"height {height} tx {tx.Hash.ToReversedHex()} spends an immature coinbase of height {spent.Height}"));
                        }

                        inputValue += spent.Value;
                    }

                    if (inputValue < tx.OutputValue)
                    {
                        problems.Add(Say($"height {height} tx {tx.Hash.ToReversedHex()} creates value: in {inputValue} < out {tx.OutputValue}"));
                    }

                    fees += inputValue - tx.OutputValue;
                }

                foreach (var output in outputs[tx.Hash])
                {
                    if (output.Type != "nulldata")
                    {
                        utxo[(tx.Hash, output.Index)] = (output.Value, height, tx.IsCoinbase);
                    }
                }
            }

            var coinbase = block.Transactions[0];
            if (height > 0 && coinbase.OutputValue > Subsidy(height) + fees)
            {
                problems.Add(Say($"height {height} coinbase claims {coinbase.OutputValue} > subsidy + fees {Subsidy(height) + fees}"));
            }
        }

        return problems;
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
