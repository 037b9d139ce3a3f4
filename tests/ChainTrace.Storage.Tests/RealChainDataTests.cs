using System.Text.Json;
using ChainTrace.Core;
using ChainTrace.Core.Rows;

namespace ChainTrace.Storage.Tests;

/// <summary>Stores facts of real mainnet blocks 0–599 (shared data) and reads them back through DuckDB.</summary>
public sealed class RealChainDataTests
{
    private static JsonElement Expected()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("bitcoin/EXPECTED_btc_chain_0_599.json")));
        return document.RootElement.Clone();
    }

    [SharedDataFact]
    public async Task CommitAsync_MainnetBlockHashes_StoredAsCorePrintsThem()
    {
        var expected = Expected();
        var hashes = expected.GetProperty("block_hashes").EnumerateArray().Select(h => h.GetString()!).ToArray();
        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            for (var first = 0; first < hashes.Length; first += 200)
            {
                var batch = new BitcoinRowBatch();
                for (var h = first; h < first + 200; h++)
                {
                    batch.Blocks.Add(new BitcoinBlockRow(
                        Hash256.ParseReversed(hashes[h]), h, h == 0 ? Hash256.Zero : Hash256.ParseReversed(hashes[h - 1]),
                        0, 1, 0, 0, 0, 1, Hash256.Zero, 0, "1d00ffff"));
                }

                await dataset.CommitAsync(batch, new DatasetCheckpoint(0, first + 199, hashes[first + 199]));
            }
        }

        using var query = DatasetQuery.Open(temp.Path);
        var stored = query.Execute("SELECT hash FROM blocks ORDER BY number").Rows.Select(r => (string)r[0]!).ToArray();
        var links = query.Execute("SELECT count(*) FROM blocks b JOIN blocks p ON b.previous_block_hash = p.hash AND b.number = p.number + 1").Rows[0][0];

        Assert.Equal(hashes, stored);
        Assert.Equal(599L, links);
        Assert.Equal(expected.GetProperty("tip_hash").GetString(), Dataset.OpenExisting(temp.Path).Checkpoint!.LastBlockHash);
    }

    [SharedDataFact]
    public async Task ReadUnspentBitcoinOutputs_MainnetSpends_MatchIndependentComputation()
    {
        var expected = Expected();
        var batch = new BitcoinRowBatch();
        var created = new List<(string Txid, int N, long Value)>();
        var spent = new HashSet<(string, int)>();
        foreach (var tx in expected.GetProperty("non_coinbase_txs").EnumerateArray().OrderBy(t => t.GetProperty("height").GetInt64()))
        {
            var height = tx.GetProperty("height").GetInt64();
            var txid = tx.GetProperty("txid").GetString()!;
            var index = 0;
            foreach (var input in tx.GetProperty("inputs").EnumerateArray())
            {
                var prev = input.GetProperty("prev_txid").GetString()!;
                var vout = input.GetProperty("vout").GetInt32();
                spent.Add((prev, vout));
                batch.Inputs.Add(new BitcoinInputRow(
                    Hash256.ParseReversed(txid), height, index++, Hash256.ParseReversed(prev), vout, 0xffffffff,
                    "pubkey", input.GetProperty("address").GetString(), input.GetProperty("value_sat").GetInt64()));
            }

            foreach (var output in tx.GetProperty("outputs").EnumerateArray())
            {
                var n = output.GetProperty("n").GetInt32();
                var value = output.GetProperty("value_sat").GetInt64();
                created.Add((txid, n, value));
                batch.Outputs.Add(new BitcoinOutputRow(
                    Hash256.ParseReversed(txid), height, n, ScriptTypeNames.PubKey, output.GetProperty("address").GetString(), value, "ac"));
            }
        }

        using var temp = new TempDirectory();
        using (var dataset = Dataset.OpenOrCreate(temp.Path, ChainKind.Bitcoin, "main"))
        {
            var last = batch.Outputs.Max(o => o.BlockNumber);
            await dataset.CommitAsync(batch, new DatasetCheckpoint(0, last, "tip"));
        }

        using var query = DatasetQuery.Open(temp.Path);
        var unspent = query.ReadUnspentBitcoinOutputs().Select(u => (u.TransactionHash.ToReversedHex(), u.Index, u.Value)).Order().ToArray();

        var independent = created.Where(c => !spent.Contains((c.Txid, c.N))).Order().ToArray();
        Assert.True(independent.Length < created.Count); // the chained spends inside block 546 are in the data
        Assert.Equal(independent, unspent);
    }
}
