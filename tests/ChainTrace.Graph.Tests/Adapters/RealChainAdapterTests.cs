using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Paths;
using ChainTrace.Graph.Tests.Paths;
using QuikGraph;
using QuikGraph.Algorithms;
using static ChainTrace.Graph.Tests.Paths.RealChainAddresses;

namespace ChainTrace.Graph.Tests.Adapters;

/// <summary>
/// The adapters on mainnet blocks 0–599. Figures from an independent parse of blk00000/blk00001.dat: 616
/// transactions, 25 inputs and 627 outputs (every one with an address), 614 distinct addresses.
/// </summary>
[Collection(Chain600PathsGroup.Name)]
public sealed class RealChainAdapterTests(Chain600Fixture chain)
{
    [SharedDataFact]
    public void Counts_Blocks0To599_NodesAndEdgesOfTheChain()
    {
        var adapter = chain.Graph.AsQuikGraph();

        Assert.Equal(new FlowNodeSpace(616, 614), adapter.Nodes);
        Assert.Equal(1230, adapter.VertexCount);
        Assert.Equal(25 + 627, adapter.EdgeCount);

        // Address view: Σ over transactions of inputs × outputs (see EXPECTED_btc_chain_0_599.json non_coinbase_txs).
        Assert.Equal(39, chain.Graph.AsAddressGraph().EdgeCount);
    }

    [SharedDataFact]
    public void StronglyConnectedComponents_Blocks0To599_ChangeCyclesAgreeWithArrayBfs()
    {
        var (count, components) = QuikGraphRuns.StrongComponents(chain.Graph.AsQuikGraph());

        // Five cycles through change outputs: Satoshi's address with its 5 spends (170, 181, 182, 183, 248), the three
        // chained spends of block 546 with their two addresses, and the change spends of blocks 524, 545 and 593.
        var nontrivial = components.Select(c => c.Split(',').Length).Where(n => n > 1).Order().ToList();
        Assert.Equal([2, 2, 2, 5, 6], nontrivial);
        Assert.Equal(1230 - 17 + 5, count);
        Assert.True(QuikGraphRuns.OurStrongComponents(chain.Graph).SetEquals(components));
        var satoshiNode = chain.Graph.TransactionCount + chain.Id(Satoshi);
        Assert.Contains(components, c => c.Split(',').Length == 6 && c.Split(',').Contains(satoshiNode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SharedDataFact]
    public void BreadthFirstSearch_Blocks0To599_SameDistancesAsArrayBfsFromEveryNodeBothWays()
    {
        var adapter = chain.Graph.AsQuikGraph();
        var reversed = new ReversedBidirectionalGraph<int, FlowEdge>(adapter);
        var search = new FlowBreadthFirstSearch(chain.Graph);
        for (var start = 0; start < adapter.VertexCount; start++)
        {
            Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Forward), QuikGraphRuns.BreadthFirstDistances(adapter, start));
            Assert.Equal(QuikGraphRuns.OurDepths(search, start, PathDirection.Backward), QuikGraphRuns.BreadthFirstDistances(reversed, start));
        }

        // Satoshi's address → tx 170 → Hal Finney; → tx 248 → 1ByLSV… → tx 496 → 1BBz9….
        var fromSatoshi = QuikGraphRuns.Distances(adapter, adapter.Nodes.Address(chain.Id(Satoshi)));
        Assert.Equal(2, fromSatoshi[adapter.Nodes.Address(chain.Id(HalFinney))]);
        Assert.Equal(4, fromSatoshi[adapter.Nodes.Address(chain.Id(Block496Payee))]);
        Assert.Equal(2, fromSatoshi[adapter.Nodes.Address(chain.Id(Block181Payee))]);
        Assert.Equal(-1, fromSatoshi[adapter.Nodes.Address(chain.Id("1DCbY2GYVaAMCBpuBNN5GVg3a47pNK1wdi"))]);
    }

    [SharedDataFact]
    public void ShortestPathsDijkstra_Block9CoinbaseToHalFinney_ThreeLegsTenBitcoin()
    {
        var graph = chain.Graph;
        var adapter = graph.AsQuikGraph();
        var coinbase = Assert.Single(graph.TransactionsOf(Core.Hash256.ParseReversed(Block9Coinbase)));
        var block170 = Assert.Single(graph.TransactionsOf(Core.Hash256.ParseReversed(Block170Tx)));

        var tryGetPath = adapter.ShortestPathsDijkstra(_ => 1.0, adapter.Nodes.Transaction(coinbase));

        Assert.True(tryGetPath(adapter.Nodes.Address(chain.Id(HalFinney)), out var path));
        var legs = path.ToList();
        Assert.Equal(
            [
                (coinbase, adapter.Nodes.Address(chain.Id(Satoshi)), false),
                (adapter.Nodes.Address(chain.Id(Satoshi)), block170, true),
                (block170, adapter.Nodes.Address(chain.Id(HalFinney)), false),
            ],
            legs.Select(e => (e.Source, e.Target, e.IsInput)));
        Assert.Equal(
            [(UInt128)5_000_000_000, 5_000_000_000, 1_000_000_000],
            legs.Select(e => e.IsInput ? graph.Input(e.Leg).Value : graph.Output(e.Leg).Value));
        Assert.Equal(legs[0].Leg, graph.SpentOutput(legs[1].Leg));
        Assert.Equal((9, Block9Time), (graph.Transaction(coinbase).Block, graph.Transaction(coinbase).Timestamp));
        Assert.Equal((170, Block170Time), (graph.Transaction(block170).Block, graph.Transaction(block170).Timestamp));
    }
}
