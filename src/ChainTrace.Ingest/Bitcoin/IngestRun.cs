using ChainTrace.Bitcoin;
using ChainTrace.Bitcoin.Utxo;
using ChainTrace.Storage;

namespace ChainTrace.Ingest.Bitcoin;

/// <summary>State of one run shared by its phases.</summary>
internal sealed class IngestRun(Dataset dataset, UtxoSnapshotStore snapshots, BitcoinNetwork network, IProgress<IngestProgress>? progress, BitcoinIngestOptions options)
{
    public Dataset Dataset { get; } = dataset;

    public UtxoSnapshotStore Snapshots { get; } = snapshots;

    public BitcoinNetwork Network { get; } = network;

    public IProgress<IngestProgress>? Progress { get; } = progress;

    public BitcoinIngestOptions Options { get; } = options;

    public long? FirstWritten { get; private set; }

    public long Blocks { get; private set; }

    public long Transactions { get; private set; }

    public long Inputs { get; private set; }

    public long Outputs { get; private set; }

    public long Bytes { get; private set; }

    public long Replayed { get; set; }

    public void Count(ResolvedBlock block, long bytes)
    {
        FirstWritten ??= block.Block.Number;
        Blocks++;
        Transactions += block.Transactions.Count;
        Inputs += block.Inputs.Count;
        Outputs += block.Outputs.Count;
        Bytes += bytes;
    }
}
