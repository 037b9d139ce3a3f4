using System.Buffers.Binary;
using System.Globalization;
using ChainTrace.Core;

namespace ChainTrace.Graph.Tests.Paths;

/// <summary>
/// Builds small flow graphs for tests from a compact text form: <c>Tx(block, "A:50 B:10", "C:60")</c> adds a
/// transaction in <c>block</c> where A puts in 50 and B 10 and C is paid 60; <c>-</c> is a leg without an address;
/// no inputs makes a coinbase. Block time is 1,600,000,000 + 600 × block.
/// </summary>
internal sealed class TestGraph
{
    public const long GenesisTime = 1_600_000_000;

    private readonly FlowGraphBuilder _builder = new(ChainKind.Bitcoin, "regtest");
    private int _position;

    public static Hash256 HashOf(int n)
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, n + 1);
        bytes[31] = 0xAB;
        return new Hash256(bytes);
    }

    public int Tx(int block, string inputs, string outputs, int asset = 0)
    {
        var kind = inputs.Length == 0 ? FlowTransactionKind.Coinbase : FlowTransactionKind.Utxo;
        var tx = _builder.BeginTransaction(HashOf(_position), kind, block, _position++, GenesisTime + (600L * block), asset: asset);
        foreach (var (address, value) in Legs(inputs))
        {
            _builder.AddInput(address, value);
        }

        foreach (var (address, value) in Legs(outputs))
        {
            _builder.AddOutput(address, value);
        }

        return tx;
    }

    public int Asset(string name) => _builder.Asset(name);

    public int Address(string name) => _builder.Address(name);

    public FlowGraph Build() => _builder.Build();

    /// <summary>
    /// A random graph: 2–9 addresses a0…, 1–15 transactions in increasing blocks, 1–3 inputs and 1–3 outputs from
    /// random addresses (sometimes none), values 1–100.
    /// </summary>
    public static FlowGraph Random(int seed)
    {
        var random = new Random(seed);
        return Random(random, random.Next(2, 10), random.Next(1, 16));
    }

    /// <summary>A random graph as <see cref="Random(int)"/> with exactly <paramref name="addresses"/> addresses and <paramref name="count"/> transactions.</summary>
    public static FlowGraph Random(int seed, int addresses, int count) => Random(new Random(seed), addresses, count);

    private static FlowGraph Random(Random random, int addresses, int count)
    {
        var graph = new TestGraph();
        for (var i = 0; i < addresses; i++)
        {
            graph.Address("a" + i.ToString(CultureInfo.InvariantCulture));
        }

        var block = 0;
        for (var t = 0; t < count; t++)
        {
            block += random.Next(0, 2);
            graph.Tx(block, RandomLegs(random, addresses), RandomLegs(random, addresses));
        }

        return graph.Build();
    }

    private static string RandomLegs(Random random, int addresses)
    {
        var legs = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var name = random.Next(12) == 0 ? "-" : "a" + random.Next(addresses).ToString(CultureInfo.InvariantCulture);
            legs.Add(name + ":" + random.Next(1, 101).ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(' ', legs);
    }

    private IEnumerable<(int Address, UInt128 Value)> Legs(string text)
    {
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var name = part[..colon];
            var value = UInt128.Parse(part[(colon + 1)..], CultureInfo.InvariantCulture);
            yield return (name == "-" ? -1 : _builder.Address(name), value);
        }
    }
}
