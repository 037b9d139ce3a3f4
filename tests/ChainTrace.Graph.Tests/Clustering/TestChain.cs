using ChainTrace.Core;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>
/// Builds small Bitcoin flow graphs for clustering tests: coins are output legs; every transaction goes into its own
/// block position (a new block every 100 transactions unless <see cref="NextBlock"/> is called).
/// </summary>
internal sealed class TestChain
{
    private readonly FlowGraphBuilder _builder;
    private readonly List<(int Address, ulong Value)> _outputs = [];
    private int _block = 1;
    private int _position;
    private int _count;

    public TestChain(ChainKind chain = ChainKind.Bitcoin) => _builder = new FlowGraphBuilder(chain, "regtest");

    public int TransactionCount => _count;

    public void NextBlock(int blocks = 1)
    {
        _block += blocks;
        _position = 0;
    }

    /// <summary>A coinbase paying <paramref name="outputs"/>; returns the output legs (coins).</summary>
    public int[] Coinbase(params (string Address, ulong Value)[] outputs) => Add(FlowTransactionKind.Coinbase, [], outputs.Select(o => ((string?)o.Address, o.Value)).ToArray());

    /// <summary>A transaction spending <paramref name="coins"/> and paying <paramref name="outputs"/> (null address = OP_RETURN).</summary>
    public int[] Pay(int[] coins, params (string? Address, ulong Value)[] outputs) => Add(FlowTransactionKind.Utxo, coins, outputs);

    /// <summary>Coinbase coins of the given values, each to its own address.</summary>
    public int[] Coins(params (string Address, ulong Value)[] coins) => coins.Select(c => Coinbase(c)[0]).ToArray();

    public FlowGraph Build() => _builder.Build();

    public static Hash256 HashOf(int n)
    {
        Span<byte> bytes = stackalloc byte[32];
        BitConverter.TryWriteBytes(bytes, n + 1);
        bytes[31] = 0xc1;
        return new Hash256(bytes);
    }

    private int[] Add(FlowTransactionKind kind, int[] coins, (string? Address, ulong Value)[] outputs)
    {
        if (_position >= 100)
        {
            NextBlock();
        }

        _builder.BeginTransaction(HashOf(_count++), kind, _block, _position++, 1_600_000_000 + (_block * 600L));
        foreach (var coin in coins)
        {
            var (address, value) = _outputs[coin];
            _builder.AddInput(address, value, coin);
        }

        var legs = new int[outputs.Length];
        for (var i = 0; i < outputs.Length; i++)
        {
            var address = outputs[i].Address is { } text ? _builder.Address(text) : -1;
            legs[i] = _builder.AddOutput(address, outputs[i].Value);
            _outputs.Add((address, outputs[i].Value));
        }

        return legs;
    }
}
