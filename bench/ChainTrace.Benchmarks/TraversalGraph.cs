using System.Globalization;
using ChainTrace.Core;
using ChainTrace.Graph;
using ChainTrace.Graph.Adapters;
using QuikGraph;

namespace ChainTrace.Benchmarks;

/// <summary>
/// The synthetic Bitcoin-like graph of the traversal benchmark, built with <see cref="FlowGraphBuilder"/> from a fixed
/// seed (the same graph in every process). Blocks of 1,000 transactions, each opened by a coinbase; every other
/// transaction spends 1–5 unspent outputs (1 in 60 % of transactions, 2 in 25 %) and pays 1–8 outputs (2 in 65 %).
/// <list type="bullet">
/// <item><see cref="TraversalLocality.Recent"/> (default): coins are mostly spent young — 70 % of inputs pick among
/// the newest ~4,000 outputs, 30 % any unspent output — and 45 % of outputs pay an earlier address: two thirds of
/// those a recent one (the last ~2,000 created), one third a popular old one (skewed to the first addresses, like
/// exchange hot wallets). Time locality as on the real chain.</item>
/// <item><see cref="TraversalLocality.Uniform"/>: inputs spend any unspent output and reused addresses are any
/// earlier address, uniformly — no locality at all, the worst case for memory access.</item>
/// </list>
/// One million transactions give about four million edges.
/// </summary>
public static class TraversalGraph
{
    /// <summary>Transactions in the benchmark graph.</summary>
    public const int Transactions = 1_000_000;

    /// <summary>The fixed seed.</summary>
    public const int Seed = 5_170;

    /// <summary>Builds the graph (a few seconds).</summary>
    public static FlowGraph Build(TraversalLocality locality = TraversalLocality.Recent, int transactions = Transactions, int seed = Seed)
    {
        var random = new Random(seed);
        var builder = new FlowGraphBuilder(ChainKind.Bitcoin, "synthetic");
        var outputs = new Outputs();
        var addresses = 0;
        var hash = new byte[Hash256.Size];
        for (var tx = 0; tx < transactions; tx++)
        {
            random.NextBytes(hash);
            var block = tx / 1_000;
            var position = tx % 1_000;
            var time = 1_231_006_505L + (600L * block);
            if (position == 0 || outputs.Unspent < 8)
            {
                builder.BeginTransaction(new Hash256(hash), FlowTransactionKind.Coinbase, block, position, time);
                outputs.Add(builder, NewAddress(builder, ref addresses), 5_000_000_000);
                continue;
            }

            builder.BeginTransaction(new Hash256(hash), FlowTransactionKind.Utxo, block, position, time);
            var roll = random.Next(100);
            var inputs = roll < 60 ? 1 : roll < 85 ? 2 : random.Next(3, 6);
            long total = 0;
            for (var i = 0; i < inputs && outputs.Unspent > 0; i++)
            {
                total += outputs.Spend(builder, random, locality);
            }

            roll = random.Next(100);
            var count = roll < 20 ? 1 : roll < 85 ? 2 : random.Next(3, 9);
            for (var o = 0; o < count; o++)
            {
                var address = random.Next(100) < 55 ? NewAddress(builder, ref addresses) : ReusedAddress(random, addresses, locality);
                var value = o == count - 1 ? total : total / (count - o) / 2;
                total -= value;
                outputs.Add(builder, address, value);
            }
        }

        return builder.Build();
    }

    /// <summary>A copy of the graph's bipartite edges as QuikGraph's own adjacency-list graph (vertices as in <see cref="FlowNodeSpace"/>).</summary>
    public static BidirectionalGraph<int, SEdge<int>> CopyToQuikGraph(FlowGraphAdapter adapter)
    {
        var copy = new BidirectionalGraph<int, SEdge<int>>(allowParallelEdges: true, vertexCapacity: adapter.VertexCount, edgeCapacity: 4);
        copy.AddVertexRange(adapter.Vertices);
        foreach (var edge in adapter.Edges)
        {
            copy.AddEdge(new SEdge<int>(edge.Source, edge.Target));
        }

        return copy;
    }

    /// <summary>
    /// Bytes of the arrays a bidirectional traversal reads: per transaction its two leg starts, per leg its address,
    /// its transaction and its place in the address index, per address its two index starts (4 bytes each).
    /// </summary>
    public static long TopologyBytes(FlowGraph graph) =>
        (8L * (graph.TransactionCount + 1)) + (12L * (graph.InputCount + graph.OutputCount)) + (8L * (graph.Addresses.Count + 1));

    private static int NewAddress(FlowGraphBuilder builder, ref int addresses) =>
        builder.Address("s" + (addresses++).ToString(CultureInfo.InvariantCulture));

    private static int ReusedAddress(Random random, int addresses, TraversalLocality locality)
    {
        if (locality == TraversalLocality.Uniform || addresses < 2_000)
        {
            return random.Next(addresses);
        }

        if (random.Next(3) < 2)
        {
            return addresses - 1 - random.Next(2_000);
        }

        var u = random.NextDouble();
        return (int)(addresses * u * u * u * u);
    }

    /// <summary>Every output created so far, in creation order, with what the inputs need; spent ones are marked.</summary>
    private sealed class Outputs
    {
        private readonly List<int> _leg = [];
        private readonly List<int> _address = [];
        private readonly List<long> _value = [];
        private readonly List<bool> _spent = [];
        private readonly List<int> _unspentList = [];

        public int Unspent { get; private set; }

        public void Add(FlowGraphBuilder builder, int address, long value)
        {
            _leg.Add(builder.AddOutput(address, (UInt128)value));
            _address.Add(address);
            _value.Add(value);
            _spent.Add(false);
            Unspent++;
        }

        /// <summary>Spends one unspent output chosen by the locality rule; returns its value.</summary>
        public long Spend(FlowGraphBuilder builder, Random random, TraversalLocality locality)
        {
            var count = _leg.Count;
            var pick = -1;
            for (var attempt = 0; attempt < 64 && pick < 0; attempt++)
            {
                var candidate = locality == TraversalLocality.Recent && random.Next(10) < 7
                    ? count - 1 - Math.Min(count - 1, random.Next(4_000))
                    : random.Next(count);
                if (!_spent[candidate])
                {
                    pick = candidate;
                }
            }

            if (pick < 0)
            {
                pick = _spent.LastIndexOf(false);
            }

            _spent[pick] = true;
            Unspent--;
            builder.AddInput(_address[pick], (UInt128)_value[pick], _leg[pick]);
            return _value[pick];
        }
    }
}
