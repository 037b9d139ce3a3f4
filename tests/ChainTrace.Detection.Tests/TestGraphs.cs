using System.Buffers.Binary;
using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Detection.Tests;

/// <summary>Small hand-built graphs for exact feature and detector tests.</summary>
internal static class TestGraphs
{
    public const ulong Sat = 100_000_000;

    /// <summary>An Ethereum graph of plain transfers (from, to, ether, time), one node per transfer, in order.</summary>
    public static FlowGraph Ethereum(params (string From, string To, decimal Ether, long Time)[] transfers)
    {
        var builder = new FlowGraphBuilder(ChainKind.Ethereum, "test");
        for (var i = 0; i < transfers.Length; i++)
        {
            var (from, to, ether, time) = transfers[i];
            var wei = (UInt128)(ether * 1_000_000_000m) * 1_000_000_000;
            builder.BeginTransaction(Hash(i + 1), FlowTransactionKind.EtherTransfer, i, 0, time);
            builder.AddInput(builder.Address(from), wei);
            builder.AddOutput(builder.Address(to), wei);
        }

        return builder.Build();
    }

    /// <summary>A deterministic hash for test transaction number <paramref name="n"/>.</summary>
    public static Hash256 Hash(int n)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        BinaryPrimitives.WriteInt32BigEndian(bytes, n);
        BinaryPrimitives.WriteInt32BigEndian(bytes[28..], n);
        return new Hash256(bytes);
    }

    public static int Id(FlowGraph graph, string address) =>
        graph.Addresses.TryGetId(address, out var id) ? id : throw new KeyNotFoundException(address);
}
