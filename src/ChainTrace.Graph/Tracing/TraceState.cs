using ChainTrace.Core;

namespace ChainTrace.Graph.Tracing;

/// <summary>What both trace directions keep: records per transaction and address, exits, fees, and the stop rules.</summary>
internal abstract class TraceState
{
    private readonly Dictionary<(int Address, int Asset), (UInt128 Amount, int Hop)> _addresses = [];
    private readonly HashSet<int> _seedClusters = [];

    protected TraceState(FlowGraph graph, TraceOptions options)
    {
        Graph = graph;
        A = graph.A;
        Options = options;
        Utxo = graph.Chain == ChainKind.Bitcoin;
    }

    public FlowGraph Graph { get; }

    public TraceOptions Options { get; }

    public Dictionary<int, TxRecord> Transactions { get; } = [];

    public List<TraceExit> Exits { get; } = [];

    public Dictionary<int, UInt128> Fees { get; } = [];

    public Dictionary<int, UInt128> Seeded { get; } = [];

    /// <summary>Taint per leg reached (forward: output legs; backward: output legs claimed), with hop and whether a seed.</summary>
    public Dictionary<int, (UInt128 Amount, int Hop)> LegTaint { get; } = [];

    public HashSet<int> SeedLegs { get; } = [];

    protected FlowGraphArrays A { get; }

    protected bool Utxo { get; }

    public IReadOnlyDictionary<(int Address, int Asset), (UInt128 Amount, int Hop)> Addresses => _addresses;

    public void AddSeedCluster(int address)
    {
        if (address >= 0 && Options.ClusterOf is { } clusters)
        {
            _seedClusters.Add(clusters[address]);
        }
    }

    protected void Touch(int address, int asset, UInt128 amount, int hop)
    {
        if (address < 0)
        {
            return;
        }

        var key = (address, asset);
        _addresses[key] = _addresses.TryGetValue(key, out var seen) ? (seen.Amount + amount, Math.Min(seen.Hop, hop)) : (amount, hop);
    }

    protected void AddFee(int asset, UInt128 amount)
    {
        if (amount > 0)
        {
            Fees[asset] = Fees.GetValueOrDefault(asset) + amount;
        }
    }

    protected void Exit(TraceExitKind kind, int address, int asset, UInt128 amount, int hop, int tx, int leg)
    {
        if (amount == 0)
        {
            return;
        }

        AddressLabel? label = null;
        string? text = null;
        if (address >= 0)
        {
            text = Graph.Addresses[address];
            Options.Labels.TryGetLabel(text, out label!);
        }

        Exits.Add(new TraceExit(kind, address, text, label, asset, amount, hop, tx, leg));
    }

    /// <summary>The stop that applies at <paramref name="address"/> (a tagged entity or a cluster boundary), if any.</summary>
    protected TraceExitKind? StopAt(int address)
    {
        if (address < 0)
        {
            return TraceExitKind.Unspendable;
        }

        if (Options.Labels.TryGetLabel(Graph.Addresses[address], out var label) && Options.StopCategories.Contains(label.Category))
        {
            return TraceExitKind.Tagged;
        }

        if (Options.StopAtClusterBoundary && Options.ClusterOf is { } clusters && !_seedClusters.Contains(clusters[address]))
        {
            return TraceExitKind.ClusterBoundary;
        }

        return null;
    }

    /// <summary>
    /// Walks an address's ledger in one asset, in chronological order, from the cursors up to (not including)
    /// <paramref name="beforeTx"/>: each receipt (output leg) and spend (input leg) in turn; within one transaction the
    /// spend comes first. The cursors index <see cref="FlowGraph.ReceiptsOf"/> and <see cref="FlowGraph.SpendsOf"/>.
    /// </summary>
    protected void WalkLedger(int address, int asset, int beforeTx, ref int nextReceipt, ref int nextSpend, Action<int> receipt, Action<int> spend)
    {
        var receipts = Graph.ReceiptsOf(address);
        var spends = Graph.SpendsOf(address);
        while (true)
        {
            var receiptTx = nextReceipt < receipts.Length ? A.OutTx[receipts[nextReceipt]] : int.MaxValue;
            var spendTx = nextSpend < spends.Length ? A.InTx[spends[nextSpend]] : int.MaxValue;
            if (Math.Min(receiptTx, spendTx) >= beforeTx)
            {
                return;
            }

            if (receiptTx < spendTx)
            {
                var leg = receipts[nextReceipt++];
                if (A.TxAsset[receiptTx] == asset)
                {
                    receipt(leg);
                }
            }
            else
            {
                var leg = spends[nextSpend++];
                if (A.TxAsset[spendTx] == asset)
                {
                    spend(leg);
                }
            }
        }
    }

    protected bool AssetIncluded(int asset) => Options.Assets is null || Options.Assets.Contains(Graph.Assets[asset]);

    protected bool AfterWindow(int tx) => Options.ToTime is { } to && A.TxTime[tx] > to.ToUnixTimeSeconds();

    protected bool BeforeWindow(int tx) => Options.FromTime is { } from && A.TxTime[tx] < from.ToUnixTimeSeconds();
}
