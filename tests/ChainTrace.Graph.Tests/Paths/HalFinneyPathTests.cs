using ChainTrace.Graph.Adapters;
using ChainTrace.Graph.Paths;
using static ChainTrace.Graph.Tests.Paths.RealChainAddresses;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>Paths in mainnet blocks 0–599, checked against EXPECTED_btc_chain_0_599.json and the block headers.</summary>
[Collection(Chain600PathsGroup.Name)]
public sealed class HalFinneyPathTests(Chain600Fixture chain)
{
    private const long Satoshis = 100_000_000;

    [SharedDataFact]
    public void Shortest_SatoshiToHalFinney_TenBitcoinInBlock170()
    {
        var path = PathFinder.Shortest(chain.Graph, Satoshi, HalFinney);

        Assert.NotNull(path);
        var hop = Assert.Single(path.Hops);
        Assert.Equal(Satoshi, hop.FromAddress);
        Assert.Equal(HalFinney, hop.ToAddress);
        Assert.False(hop.Reversed);
        Assert.Equal(Block170Tx, hop.TransactionHash);
        Assert.Equal(170, hop.Block);
        Assert.Equal(Block170Time, hop.Timestamp);
        Assert.Equal(DateTimeOffset.Parse("2009-01-12T03:30:25Z", System.Globalization.CultureInfo.InvariantCulture), hop.Time);
        Assert.Equal((UInt128)1_000_000_000, hop.Amount);
        Assert.Equal((UInt128)(50 * Satoshis), hop.Sent);
        Assert.Equal((UInt128)1_000_000_000, path.Bottleneck);
    }

    [SharedDataFact]
    public void Shortest_SatoshiToHalFinney_SpendsTheBlock9CoinbaseOutput()
    {
        var graph = chain.Graph;
        var hop = PathFinder.Shortest(graph, Satoshi, HalFinney)!.Hops[0];

        var inputs = graph.InputsOf(hop.Transaction);
        Assert.Equal(1, inputs.End.Value - inputs.Start.Value);
        var spent = graph.SpentOutput(inputs.Start.Value);
        var coinbase = graph.Transaction(graph.Output(spent).Transaction);

        Assert.Equal(Block9Coinbase, graph.DisplayHash(coinbase.Id));
        Assert.Equal(FlowTransactionKind.Coinbase, coinbase.Kind);
        Assert.Equal((9, Block9Time), (coinbase.Block, coinbase.Timestamp));
        Assert.Equal(0, graph.OutputIndex(spent));
        Assert.Equal((UInt128)(50 * Satoshis), graph.Output(spent).Value);
        Assert.Equal(Satoshi, graph.Addresses[graph.Output(spent).Address]);

        // Coinbase of block 9 → Satoshi's address → transaction of block 170 → Hal Finney: three edges on the arrays.
        var search = new FlowBreadthFirstSearch(graph);
        search.Run(search.Nodes.Transaction(coinbase.Id));
        Assert.Equal(3, search.Depth(search.Nodes.Address(chain.Id(HalFinney))));
        Assert.Equal(1, search.Depth(search.Nodes.Address(chain.Id(Satoshi))));
        Assert.Equal(2, search.Depth(search.Nodes.Transaction(hop.Transaction)));
    }

    [SharedDataFact]
    public void Shortest_SatoshiToBlock496Payee_TwoHopsThroughBlock248()
    {
        var path = PathFinder.Shortest(chain.Graph, Satoshi, Block496Payee);

        Assert.NotNull(path);
        Assert.Equal(
            [
                (Satoshi, Block248Payee, Block248Tx, 248, Block248Time, (UInt128)(10 * Satoshis), (UInt128)(28 * Satoshis)),
                (Block248Payee, Block496Payee, Block496Tx, 496, Block496Time, (UInt128)(61 * Satoshis), (UInt128)(10 * Satoshis)),
            ],
            path.Hops.Select(h => (h.FromAddress, h.ToAddress, h.TransactionHash, h.Block, h.Timestamp, h.Amount, h.Sent)));
        Assert.Equal(2, PathFinder.Shortest(chain.Graph, Satoshi, Block496Payee, new PathOptions { TimeRespecting = false })!.Length);
    }

    [SharedDataFact]
    public void AllSimple_SatoshiToBlock496Payee_ExactlyTwoRoutesWithinThreeHops()
    {
        var result = PathFinder.AllSimple(chain.Graph, Satoshi, Block496Payee, new PathOptions { MaxHops = 3 });

        Assert.False(result.Truncated);
        Assert.Equal(2, result.Paths.Count);
        Assert.Equal(
            [
                (Satoshi, Block183Payee, Block183Tx, Block183Time, (UInt128)Satoshis),
                (Block183Payee, Block187Payee, Block187Tx, Block187Time, (UInt128)Satoshis),
                (Block187Payee, Block496Payee, Block496Tx, Block496Time, (UInt128)(61 * Satoshis)),
            ],
            result.Paths[0].Hops.Select(h => (h.FromAddress, h.ToAddress, h.TransactionHash, h.Timestamp, h.Amount)));
        Assert.Equal(
            [(Satoshi, Block248Payee, Block248Tx), (Block248Payee, Block496Payee, Block496Tx)],
            result.Paths[1].Hops.Select(h => (h.FromAddress, h.ToAddress, h.TransactionHash)));
        Assert.Equal((UInt128)Satoshis, result.Paths[0].Bottleneck);

        var twoHops = PathFinder.AllSimple(chain.Graph, Satoshi, Block496Payee, new PathOptions { MaxHops = 2 });
        Assert.Equal([Block248Tx, Block496Tx], Assert.Single(twoHops.Paths).Hops.Select(h => h.TransactionHash));
        var capped = PathFinder.AllSimple(chain.Graph, Satoshi, Block496Payee, new PathOptions { MaxHops = 3 }, maxPaths: 1);
        Assert.True(capped.Truncated);
        Assert.Equal(Block183Tx, Assert.Single(capped.Paths).Hops[0].TransactionHash);
    }

    [SharedDataFact]
    public void Shortest_HalFinneyBackToSatoshi_ForwardNoneBackwardOneReversedHop()
    {
        Assert.Null(PathFinder.Shortest(chain.Graph, HalFinney, Satoshi));

        var path = PathFinder.Shortest(chain.Graph, HalFinney, Satoshi, new PathOptions { Direction = PathDirection.Backward });

        Assert.NotNull(path);
        var hop = Assert.Single(path.Hops);
        Assert.Equal((HalFinney, Satoshi, true, Block170Tx, (UInt128)1_000_000_000), (hop.FromAddress, hop.ToAddress, hop.Reversed, hop.TransactionHash, hop.Amount));
    }

    [SharedDataFact]
    public void Shortest_Block496PayeeBackward_GoesBackInTimeToSatoshi()
    {
        var path = PathFinder.Shortest(chain.Graph, Block496Payee, Satoshi, new PathOptions { Direction = PathDirection.Backward });

        Assert.NotNull(path);
        Assert.Equal([(496, true), (248, true)], path.Hops.Select(h => (h.Block, h.Reversed)));
        Assert.Equal([Block496Payee, Block248Payee], path.Hops.Select(h => h.FromAddress));
    }

    [SharedDataFact]
    public void Shortest_HalFinneyToBlock181Payee_OnlyUndirectedThroughSatoshi()
    {
        var undirected = new PathOptions { Direction = PathDirection.Undirected };

        var path = PathFinder.Shortest(chain.Graph, HalFinney, Block181Payee, undirected);

        Assert.Null(PathFinder.Shortest(chain.Graph, HalFinney, Block181Payee, new PathOptions { TimeRespecting = false }));
        Assert.NotNull(path);
        Assert.Equal(
            [(HalFinney, Satoshi, true, Block170Tx, Block170Time), (Satoshi, Block181Payee, false, Block181Tx, Block181Time)],
            path.Hops.Select(h => (h.FromAddress, h.ToAddress, h.Reversed, h.TransactionHash, h.Timestamp)));
    }
}
