using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Graph.Tests.Tracing;

/// <summary>Small hand-built graphs for worked examples.</summary>
internal static class TinyGraphs
{
    public static Hash256 Hash(int n)
    {
        var bytes = new byte[32];
        BitConverter.TryWriteBytes(bytes, n + 1);
        return new Hash256(bytes);
    }

    /// <summary>
    /// Two funding coinbases (tainted "dirty" 1 BTC paid to T, clean 3 BTC paid to C), then one transaction spending
    /// [T's coin, C's coin] in that order, paying 2 BTC to X and 1.9 BTC to Y (fee 0.1 BTC).
    /// </summary>
    public static FlowGraph MixedSpend(bool cleanFirst = false)
    {
        var b = new FlowGraphBuilder(ChainKind.Bitcoin, "regtest");
        int t = b.Address("T"), c = b.Address("C"), x = b.Address("X"), y = b.Address("Y");
        b.BeginTransaction(Hash(0), FlowTransactionKind.Coinbase, 1, 0, 1_000);
        b.AddOutput(t, 100_000_000);
        b.BeginTransaction(Hash(1), FlowTransactionKind.Coinbase, 2, 0, 2_000);
        b.AddOutput(c, 300_000_000);
        b.BeginTransaction(Hash(2), FlowTransactionKind.Utxo, 3, 1, 3_000);
        if (cleanFirst)
        {
            b.AddInput(Hash(1), 0);
            b.AddInput(Hash(0), 0);
        }
        else
        {
            b.AddInput(Hash(0), 0);
            b.AddInput(Hash(1), 0);
        }

        b.AddOutput(x, 200_000_000);
        b.AddOutput(y, 190_000_000);
        return b.Build();
    }

    /// <summary>
    /// Account chain: A receives 5 ETH clean (from F) at block 1, 3 ETH tainted (from S, the seed) at block 2, then
    /// sends 4 ETH to B at block 3 and 4 ETH to D at block 4.
    /// </summary>
    public static FlowGraph AccountPool()
    {
        var b = new FlowGraphBuilder(ChainKind.Ethereum, "test");
        int f = b.Address("0xf"), s = b.Address("0x5"), a = b.Address("0xa"), bb = b.Address("0xb"), d = b.Address("0xd");
        const long Eth = 1_000_000_000_000_000_000;
        Transfer(b, 1, f, a, 5 * (UInt128)Eth);
        Transfer(b, 2, s, a, 3 * (UInt128)Eth);
        Transfer(b, 3, a, bb, 4 * (UInt128)Eth);
        Transfer(b, 4, a, d, 4 * (UInt128)Eth);
        return b.Build();
    }

    public static void Transfer(FlowGraphBuilder b, int block, int from, int to, UInt128 value, int asset = 0)
    {
        b.BeginTransaction(Hash(block * 100 + asset), asset == 0 ? FlowTransactionKind.EtherTransfer : FlowTransactionKind.TokenTransfer, block, 0, block * 12L, 0, asset);
        b.AddInput(from, value);
        b.AddOutput(to, value);
    }
}
