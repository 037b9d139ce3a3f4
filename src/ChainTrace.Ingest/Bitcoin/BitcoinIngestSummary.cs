using ChainTrace.Bitcoin.Utxo;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>What a Bitcoin ingest run did.</summary>
/// <param name="FirstHeight">First height written in this run, or null when nothing was written.</param>
/// <param name="LastHeight">Last height in the dataset after the run, or null for an empty dataset.</param>
/// <param name="Blocks">Blocks written in this run.</param>
/// <param name="Transactions">Transactions written.</param>
/// <param name="Inputs">Inputs written, all resolved.</param>
/// <param name="Outputs">Outputs written.</param>
/// <param name="Bytes">Serialized block bytes written.</param>
/// <param name="ReplayedBlocks">Blocks applied to the UTXO set without writing, to rebuild it on resume.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Utxo">The UTXO set's size and memory at the end.</param>
/// <param name="Bip30Replacements">Outputs that replaced an unspent output with the same txid and index (BIP30).</param>
public sealed record BitcoinIngestSummary(
    long? FirstHeight,
    long? LastHeight,
    long Blocks,
    long Transactions,
    long Inputs,
    long Outputs,
    long Bytes,
    long ReplayedBlocks,
    TimeSpan Elapsed,
    UtxoMemoryStats Utxo,
    long Bip30Replacements);
