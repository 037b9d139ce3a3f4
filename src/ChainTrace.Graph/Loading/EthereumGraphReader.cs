using ChainTrace.Core;
using ChainTrace.Storage;

namespace ChainTrace.Graph.Loading;

/// <summary>
/// Reads an Ethereum dataset into flow-graph arrays. Every value movement becomes a node with one input leg (sender)
/// and one output leg (recipient): a successful transaction's ether value (sub 0), each successful internal call with
/// value from the traces (sub 1…, depth-first order; delegate/static calls move nothing), each token transfer (its
/// token's asset, sub 1,000,000 + log index), and the gas fee (sub -1, input leg only; failed transactions pay it too).
/// </summary>
internal static class EthereumGraphReader
{
    private const int TokenSubBase = 1_000_000;

    public static FlowGraph Read(DatasetQuery query, FlowGraphLoadOptions options, CancellationToken cancellationToken)
    {
        var sql = Sql(options, query.Tables);
        var assets = new List<string> { "ETH" };
        var assetIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var legs = new LegColumns();
        var outAddress = new List<int>();
        var outValue = new List<UInt128>();
        var inStart = new List<int>();
        var outStart = new List<int>();
        var hash = new List<Hash256>();
        var kind = new List<byte>();
        var block = new List<int>();
        var position = new List<int>();
        var sub = new List<int>();
        var time = new List<long>();
        var asset = new List<int>();
        var skipped = 0;
        using var cursor = query.Cursor(sql);
        while (cursor.Read())
        {
            if ((hash.Count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var number = cursor.GetInt64(0);
            var nodeKind = (FlowTransactionKind)cursor.GetInt32(3);
            var amount = cursor.GetString(9);
            if (!UInt128.TryParse(amount, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                // Only token contracts can claim amounts past 2^128 (spam tokens, or a test's 2^129 + 7): they are left
                // out of the graph and counted, never silently.
                skipped = nodeKind == FlowTransactionKind.TokenTransfer
                    ? skipped + 1
                    : throw new ChainDataException($"An ether amount '{amount}' at block {number} is beyond 2^128 wei; the dataset is corrupt.");
                continue;
            }

            inStart.Add(legs.Address.Count);
            outStart.Add(outAddress.Count);
            block.Add(checked((int)number));
            position.Add(cursor.GetInt32(1));
            sub.Add(cursor.GetInt32(2));
            kind.Add((byte)nodeKind);
            hash.Add(LegColumns.ParseHash(cursor.GetString(4), reversed: false, "transactions", number));
            time.Add(cursor.GetInt64(5));
            asset.Add(cursor.IsNull(6) ? 0 : AssetId(cursor.GetString(6), assets, assetIds));
            legs.Address.Add(cursor.IsNull(7) ? -1 : legs.Intern(cursor.GetString(7)));
            legs.Value.Add(value);
            legs.Source.Add(-1);
            if (!cursor.IsNull(8))
            {
                outAddress.Add(legs.Intern(cursor.GetString(8)));
                outValue.Add(value);
            }
        }

        inStart.Add(legs.Address.Count);
        outStart.Add(outAddress.Count);
        var arrays = new FlowGraphArrays
        {
            Assets = [.. assets],
            AddressNames = [.. legs.Addresses],
            TxHash = [.. hash],
            TxKind = [.. kind],
            TxBlock = [.. block],
            TxPosition = [.. position],
            TxSub = [.. sub],
            TxTime = [.. time],
            TxAsset = [.. asset],
            TxInStart = [.. inStart],
            TxOutStart = [.. outStart],
            InAddress = [.. legs.Address],
            InValue = [.. legs.Value],
            InSource = [.. legs.Source],
            OutAddress = [.. outAddress],
            OutValue = [.. outValue],
        };
        arrays.Complete();
        return new FlowGraph(ChainKind.Ethereum, query.Manifest.Network, arrays) { UnlinkedInputCount = legs.Address.Count, SkippedTransfers = skipped };
    }

    private static int AssetId(string token, List<string> assets, Dictionary<string, int> ids)
    {
        if (!ids.TryGetValue(token, out var id))
        {
            id = assets.Count;
            assets.Add(token);
            ids[token] = id;
        }

        return id;
    }

    private static string Sql(FlowGraphLoadOptions options, IReadOnlyList<string> tables)
    {
        var where = options.WhereClause("block_number", "block_timestamp");
        var parts = new List<string>
        {
            $"""
            SELECT block_number, position, 0 AS sub, {(int)FlowTransactionKind.EtherTransfer} AS kind, hash, ts, NULL AS token,
                   from_address AS src, coalesce(to_address, receipt_contract_address) AS dst, value::VARCHAR AS amount
            FROM tx WHERE value > 0 AND coalesce(receipt_status, 1) = 1
            """,
        };
        if (options.IncludeFees)
        {
            parts.Add($"""
                SELECT block_number, position, -1, {(int)FlowTransactionKind.Fee}, hash, ts, NULL, from_address, NULL,
                       (receipt_gas_used::HUGEINT * gas_price::VARCHAR::HUGEINT)::VARCHAR
                FROM tx WHERE receipt_gas_used > 0 AND gas_price > 0
                """);
        }

        if (tables.Contains("traces"))
        {
            parts.Add($"""
                SELECT block_number, position, sub::INTEGER, {(int)FlowTransactionKind.InternalTransfer}, hash, ts, NULL, from_address, to_address, value::VARCHAR
                FROM (
                  SELECT tx.block_number, tx.position, tx.hash, tx.ts, tr.from_address, tr.to_address, tr.value,
                         row_number() OVER (PARTITION BY tr.block_number, tr.transaction_hash
                                            ORDER BY list_transform(string_split(tr.trace_address, ','), x -> x::INTEGER)) AS sub
                  FROM traces AS tr JOIN tx ON tr.transaction_hash = tx.hash AND tr.block_number = tx.block_number
                  WHERE tr.trace_address <> '' AND tr.value > 0 AND tr.status = 1
                    AND coalesce(tr.call_type, 'call') NOT IN ('delegatecall', 'staticcall', 'callcode')
                    AND tr.from_address IS NOT NULL AND tr.to_address IS NOT NULL)
                """);
        }

        if (options.IncludeTokens && tables.Contains("token_transfers"))
        {
            parts.Add($"""
                SELECT tt.block_number, tx.position, {TokenSubBase} + tt.log_index, {(int)FlowTransactionKind.TokenTransfer}, tx.hash, tx.ts,
                       tt.token_address, tt.from_address, tt.to_address, tt.value::VARCHAR
                FROM token_transfers AS tt JOIN tx ON tt.transaction_hash = tx.hash AND tt.block_number = tx.block_number
                WHERE tt.value > 0
                """);
        }

        return $"""
            WITH tx AS (
              SELECT hash, block_number, transaction_index AS position, block_timestamp AS ts, from_address, to_address,
                     receipt_contract_address, value, gas_price, receipt_gas_used, receipt_status
              FROM transactions WHERE {where})
            SELECT * FROM (
            {string.Join("\nUNION ALL\n", parts)}
            ) ORDER BY block_number, position, sub
            """;
    }
}
