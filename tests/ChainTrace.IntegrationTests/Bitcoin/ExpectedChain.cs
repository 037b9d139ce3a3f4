using System.Text.Json;

namespace ChainTrace.IntegrationTests.Bitcoin;

/// <summary>The independently computed facts about mainnet blocks 0–599 (../shared/data/bitcoin/EXPECTED_btc_chain_0_599.json).</summary>
public sealed class ExpectedChain
{
    private ExpectedChain(JsonDocument document)
    {
        Root = document.RootElement;
    }

    public JsonElement Root { get; }

    public static ExpectedChain Load() =>
        new(JsonDocument.Parse(File.ReadAllBytes(SharedData.PathOf("bitcoin/EXPECTED_btc_chain_0_599.json"))));

    public IReadOnlyList<string> BlockHashes => Root.GetProperty("block_hashes").EnumerateArray().Select(e => e.GetString()!).ToList();

    public int TransactionCount => Root.GetProperty("n_transactions").GetInt32();

    public int FinalUtxoCount => Root.GetProperty("final_utxo_count").GetInt32();

    public long FinalUtxoTotal => Root.GetProperty("final_utxo_total_sat").GetInt64();

    public IReadOnlyList<string> MultiInputTxids => Root.GetProperty("multi_input_txs").EnumerateArray().Select(e => e.GetString()!).ToList();

    public IEnumerable<JsonElement> NonCoinbaseTransactions => Root.GetProperty("non_coinbase_txs").EnumerateArray();
}
