using System.Buffers.Binary;
using ChainTrace.Core;
using ChainTrace.Graph;

namespace ChainTrace.Benchmarks;

/// <summary>
/// A seeded synthetic account-chain graph for the detection benchmarks: <c>addresses</c> accounts and
/// <c>transfers</c> ether transfers, senders uniform, recipients 80 % uniform and 20 % among 1,000 hub accounts
/// (exchange-like), log-uniform values from 0.001 to 100 ETH, 100 transfers per 12-second block.
/// </summary>
internal static class DetectionSyntheticGraph
{
    public static FlowGraph Build(int addresses, int transfers, int seed)
    {
        var random = new Random(seed);
        var builder = new FlowGraphBuilder(ChainKind.Ethereum, "bench");
        for (var a = 0; a < addresses; a++)
        {
            builder.Address("0x" + a.ToString("x40", System.Globalization.CultureInfo.InvariantCulture));
        }

        var hubs = Math.Min(1_000, addresses);
        Span<byte> hash = stackalloc byte[Hash256.Size];
        for (var t = 0; t < transfers; t++)
        {
            var from = random.Next(addresses);
            var to = random.NextDouble() < 0.2 ? random.Next(hubs) : random.Next(addresses);
            var wei = (UInt128)(Math.Pow(10, 15 + (random.NextDouble() * 5)));
            BinaryPrimitives.WriteInt64BigEndian(hash, t);
            builder.BeginTransaction(new Hash256(hash), FlowTransactionKind.EtherTransfer, t / 100, t % 100, 1_700_000_000L + (t / 100 * 12));
            builder.AddInput(from, wei);
            builder.AddOutput(to, wei);
        }

        return builder.Build();
    }
}
