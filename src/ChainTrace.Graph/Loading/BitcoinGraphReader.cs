using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Loading;

/// <summary>Reads a Bitcoin dataset into flow-graph arrays: one node per transaction, its outputs and spending inputs as legs.</summary>
internal static class BitcoinGraphReader
{
    public static FlowGraph Read(DatasetQuery query, FlowGraphLoadOptions options, CancellationToken cancellationToken)
    {
        var where = options.WhereClause("block_number", "block_timestamp");
        var txs = ReadTransactions(query, where, cancellationToken);
        var legs = new LegColumns();
        var outStart = ReadOutputs(query, where, txs, legs, cancellationToken);
        var outputs = (Address: legs.Address.ToArray(), Value: legs.Value.ToArray());
        legs.Address.Clear();
        legs.Value.Clear();
        var (inStart, unlinked) = ReadInputs(query, where, txs, outStart, legs, cancellationToken);
        var arrays = new FlowGraphArrays
        {
            Assets = ["BTC"],
            AddressNames = [.. legs.Addresses],
            TxHash = txs.Hash,
            TxKind = txs.Kind,
            TxBlock = txs.Block,
            TxPosition = txs.Position,
            TxSub = new int[txs.Hash.Length],
            TxTime = txs.Time,
            TxAsset = new int[txs.Hash.Length],
            TxInStart = inStart,
            TxOutStart = outStart,
            InAddress = [.. legs.Address],
            InValue = [.. legs.Value],
            InSource = [.. legs.Source],
            OutAddress = outputs.Address,
            OutValue = outputs.Value,
        };
        arrays.Complete();
        return new FlowGraph(ChainKind.Bitcoin, query.Manifest.Network, arrays) { UnlinkedInputCount = unlinked };
    }

    private static TransactionColumns ReadTransactions(DatasetQuery query, string where, CancellationToken cancellationToken)
    {
        var count = checked((int)(long)query.Execute($"SELECT count(*) FROM transactions WHERE {where}").Rows[0][0]!);
        var txs = new TransactionColumns(count);
        using var cursor = query.Cursor($"""
            SELECT hash, block_number, "index", block_timestamp, is_coinbase FROM transactions WHERE {where}
            ORDER BY block_number, "index"
            """);
        var i = 0;
        while (cursor.Read())
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var block = cursor.GetInt64(1);
            txs.Hash[i] = LegColumns.ParseHash(cursor.GetString(0), reversed: true, "transactions", block);
            txs.Block[i] = checked((int)block);
            txs.Position[i] = cursor.GetInt32(2);
            txs.Time[i] = cursor.GetInt64(3);
            txs.Kind[i] = (byte)(cursor.GetBoolean(4) ? FlowTransactionKind.Coinbase : FlowTransactionKind.Utxo);
            txs.ById[txs.Hash[i]] = i;
            i++;
        }

        return i == count ? txs : throw new ChainDataException($"transactions: counted {count} rows but read {i}.");
    }

    private static int[] ReadOutputs(DatasetQuery query, string where, TransactionColumns txs, LegColumns legs, CancellationToken cancellationToken)
    {
        using var cursor = query.Cursor($"""
            WITH t AS (SELECT hash, block_number, "index" AS position FROM transactions WHERE {where})
            SELECT o.block_number, t.position, o."index", o.address, o.value
            FROM outputs AS o JOIN t ON o.transaction_hash = t.hash AND o.block_number = t.block_number
            ORDER BY o.block_number, t.position, o."index"
            """);
        return ReadLegs(cursor, txs, legs, "outputs", (c, block) =>
        {
            legs.Address.Add(c.IsNull(3) ? -1 : legs.Intern(c.GetString(3)));
            legs.Value.Add((UInt128)(ulong)c.GetInt64(4));
        }, cancellationToken);
    }

    private static (int[] Start, int Unlinked) ReadInputs(
        DatasetQuery query, string where, TransactionColumns txs, int[] outStart, LegColumns legs, CancellationToken cancellationToken)
    {
        var unlinked = 0;
        using var cursor = query.Cursor($"""
            WITH t AS (SELECT hash, block_number, "index" AS position FROM transactions WHERE {where})
            SELECT i.block_number, t.position, i."index", i.address, i.value, i.spent_transaction_hash, i.spent_output_index
            FROM inputs AS i JOIN t ON i.transaction_hash = t.hash AND i.block_number = t.block_number
            WHERE i.spent_transaction_hash IS NOT NULL
            ORDER BY i.block_number, t.position, i."index"
            """);
        var start = ReadLegs(cursor, txs, legs, "inputs", (c, block) =>
        {
            legs.Address.Add(c.IsNull(3) ? -1 : legs.Intern(c.GetString(3)));
            legs.Value.Add(c.IsNull(4) ? 0 : (UInt128)(ulong)c.GetInt64(4));
            var spent = LegColumns.ParseHash(c.GetString(5), reversed: true, "inputs", block);
            var vout = c.GetInt64(6);
            var source = -1;
            if (txs.ById.TryGetValue(spent, out var spentTx))
            {
                source = outStart[spentTx] + (int)vout;
                if (vout < 0 || source >= outStart[spentTx + 1])
                {
                    throw new ChainDataException($"inputs at block {block} spend output {vout} of {spent.ToReversedHex()}, which has {outStart[spentTx + 1] - outStart[spentTx]} outputs.");
                }
            }
            else
            {
                unlinked++;
            }

            legs.Source.Add(source);
        }, cancellationToken);
        return (start, unlinked);
    }

    /// <summary>Walks rows ordered like the transactions and returns each transaction's first leg (CSR start array).</summary>
    private static int[] ReadLegs(QueryCursor cursor, TransactionColumns txs, LegColumns legs, string table, Action<QueryCursor, long> addLeg, CancellationToken cancellationToken)
    {
        var start = new int[txs.Hash.Length + 1];
        var tx = 0;
        var count = 0;
        while (cursor.Read())
        {
            if ((count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var block = cursor.GetInt64(0);
            var position = cursor.GetInt32(1);
            while (tx < txs.Hash.Length && (txs.Block[tx], txs.Position[tx]).CompareTo(((int)block, position)) < 0)
            {
                start[++tx] = count;
            }

            if (tx == txs.Hash.Length || txs.Block[tx] != block || txs.Position[tx] != position)
            {
                throw new ChainDataException($"{table}: a row at block {block} names transaction position {position}, which the transactions table does not have.");
            }

            addLeg(cursor, block);
            count++;
        }

        while (tx < txs.Hash.Length)
        {
            start[++tx] = count;
        }

        return start;
    }
}
