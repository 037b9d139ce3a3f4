namespace ChainTrace.Graph.Clustering;

/// <summary>
/// The clusters of a graph's addresses: a cluster id per address (the smallest address id in its cluster, so the same
/// graph and options always give the same ids), sizes, the evidence forest, the CoinJoins found, change verdicts and
/// deposit forwards. Immutable; safe to share between threads.
/// </summary>
public sealed class ClusteringResult
{
    private readonly int[] _clusterOf;
    private readonly int[] _size;
    private readonly Lazy<EvidenceForest> _forest;
    private readonly Lazy<(int[] Start, int[] Members)> _members;

    internal ClusteringResult(
        FlowGraph graph,
        ClusteringOptions options,
        int[] clusterOf,
        EvidenceStore evidence,
        CoinJoinScan coinJoins,
        IReadOnlyList<ChangeEvidence> change,
        IReadOnlyList<DepositForward> deposits,
        IReadOnlyList<AirdropForward> airdrops,
        ClusteringStatistics statistics)
    {
        Graph = graph;
        Options = options;
        _clusterOf = clusterOf;
        Evidence = evidence;
        CoinJoins = coinJoins;
        ChangeEvidence = change;
        DepositForwards = deposits;
        AirdropForwards = airdrops;
        Statistics = statistics;
        _size = new int[clusterOf.Length];
        foreach (var id in clusterOf)
        {
            _size[id]++;
        }

        foreach (var size in _size)
        {
            ClusterCount += size > 0 ? 1 : 0;
            LargestClusterSize = Math.Max(LargestClusterSize, size);
        }

        _forest = new Lazy<EvidenceForest>(() => new EvidenceForest(evidence, clusterOf.Length));
        _members = new Lazy<(int[], int[])>(BuildMembers);
    }

    /// <summary>The graph clustered.</summary>
    public FlowGraph Graph { get; }

    /// <summary>The options used.</summary>
    public ClusteringOptions Options { get; }

    /// <summary>Number of addresses (= the graph's).</summary>
    public int AddressCount => _clusterOf.Length;

    /// <summary>Number of clusters (singletons included).</summary>
    public int ClusterCount { get; }

    /// <summary>Addresses in the largest cluster.</summary>
    public int LargestClusterSize { get; }

    /// <summary>The cluster id of every address, indexed by address id.</summary>
    public ReadOnlySpan<int> ClusterIds => _clusterOf;

    /// <summary>The evidence forest: one record per merge that joined two clusters.</summary>
    public EvidenceStore Evidence { get; }

    /// <summary>The CoinJoin rounds and TX0s recognised (empty on account chains).</summary>
    public CoinJoinScan CoinJoins { get; }

    /// <summary>Every change heuristic's verdict (merged or not), in transaction order; empty when no change heuristic ran.</summary>
    public IReadOnlyList<ChangeEvidence> ChangeEvidence { get; }

    /// <summary>The deposit forwards that met the deposit heuristic (Ethereum), in transaction order.</summary>
    public IReadOnlyList<DepositForward> DepositForwards { get; }

    /// <summary>The airdrop forwards that met the airdrop heuristic (Ethereum), in transaction order.</summary>
    public IReadOnlyList<AirdropForward> AirdropForwards { get; }

    /// <summary>Counts and timing of the run.</summary>
    public ClusteringStatistics Statistics { get; }

    /// <summary>Bytes held by the cluster arrays and the evidence store (not the graph).</summary>
    public long ArrayBytes => ((long)_clusterOf.Length * 8) + Evidence.ArrayBytes;

    /// <summary>The cluster id of address id <paramref name="address"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such address id.</exception>
    public int ClusterOf(int address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(address);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(address, _clusterOf.Length);
        return _clusterOf[address];
    }

    /// <summary>The cluster id of <paramref name="address"/> (text as stored), when the graph has it.</summary>
    public bool TryGetCluster(string address, out int cluster)
    {
        cluster = -1;
        if (address is null || !Graph.Addresses.TryGetId(address, out var id))
        {
            return false;
        }

        cluster = _clusterOf[id];
        return true;
    }

    /// <summary>Addresses in cluster <paramref name="cluster"/> (0 for an id that names no cluster).</summary>
    public int SizeOf(int cluster) => cluster >= 0 && cluster < _size.Length ? _size[cluster] : 0;

    /// <summary>The address ids of cluster <paramref name="cluster"/>, ascending (empty for an id that names no cluster).</summary>
    public ReadOnlySpan<int> MembersOf(int cluster)
    {
        if (SizeOf(cluster) == 0)
        {
            return [];
        }

        var (start, members) = _members.Value;
        return members.AsSpan(start[cluster], start[cluster + 1] - start[cluster]);
    }

    /// <summary>The evidence records touching address id <paramref name="address"/>, in merge order.</summary>
    public IReadOnlyList<MergeEvidence> EvidenceOf(int address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(address);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(address, _clusterOf.Length);
        var edges = _forest.Value.EdgesOf(address);
        var list = new List<MergeEvidence>(edges.Length);
        foreach (var edge in edges)
        {
            list.Add(Evidence[edge]);
        }

        return list;
    }

    /// <summary>
    /// Why <paramref name="a"/> and <paramref name="b"/> are (or are not) in one cluster: the path between them in the
    /// evidence forest, hop by hop, with consecutive multi-input hops of one transaction shown as one.
    /// </summary>
    /// <param name="a">An address as stored in the dataset.</param>
    /// <param name="b">Another address.</param>
    /// <exception cref="ArgumentException">An address is not in the graph (the message names it).</exception>
    public ClusterLink Why(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Why(IdOf(a, nameof(a)), IdOf(b, nameof(b)));
    }

    /// <summary>Why address ids <paramref name="a"/> and <paramref name="b"/> are (or are not) in one cluster.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such address id.</exception>
    public ClusterLink Why(int a, int b)
    {
        var ca = ClusterOf(a);
        var cb = ClusterOf(b);
        var names = Graph.Addresses;
        if (ca != cb)
        {
            return new ClusterLink(names[a], names[b], ca, cb, _size[ca], _size[cb], null);
        }

        var forest = _forest.Value;
        var path = forest.Path(a, b) ?? throw new InvalidOperationException("The evidence forest does not connect two addresses of one cluster (a bug).");
        var hops = new List<EvidenceHop>();
        var at = a;
        foreach (var edge in path)
        {
            var evidence = Evidence[edge];
            var next = forest.Other(edge, at);
            var node = Graph.Transaction(evidence.Transaction);
            var hop = new EvidenceHop(names[at], names[next], evidence.Heuristics, evidence.Confidence, evidence.Transaction, Graph.DisplayHash(evidence.Transaction), node.Block);
            if (hops.Count > 0 && hops[^1].Transaction == hop.Transaction && hop.Heuristics == ClusteringHeuristic.MultiInput && hops[^1].Heuristics == ClusteringHeuristic.MultiInput)
            {
                hops[^1] = hops[^1] with { To = hop.To };
            }
            else
            {
                hops.Add(hop);
            }

            at = next;
        }

        return new ClusterLink(names[a], names[b], ca, cb, _size[ca], _size[cb], hops);
    }

    internal EvidenceForest Forest => _forest.Value;

    private int IdOf(string address, string parameter) =>
        Graph.Addresses.TryGetId(address, out var id)
            ? id
            : throw new ArgumentException($"The address {address} does not occur in the clustered graph.", parameter);

    private (int[] Start, int[] Members) BuildMembers()
    {
        var start = new int[_clusterOf.Length + 1];
        for (var c = 0; c < _size.Length; c++)
        {
            start[c + 1] = start[c] + _size[c];
        }

        var next = start[..^1];
        var members = new int[_clusterOf.Length];
        for (var address = 0; address < _clusterOf.Length; address++)
        {
            members[next[_clusterOf[address]]++] = address;
        }

        return (start, members);
    }
}
