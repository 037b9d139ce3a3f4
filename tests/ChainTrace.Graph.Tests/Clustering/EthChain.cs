using ChainTrace.Core;

namespace ChainTrace.Graph.Tests.Clustering;

/// <summary>Builds small Ethereum flow graphs: every transfer is a node with one input (sender) and one output (recipient).</summary>
internal sealed class EthChain
{
    /// <summary>One ether in wei.</summary>
    public static readonly UInt128 Ether = 1_000_000_000_000_000_000;

    private readonly FlowGraphBuilder _builder = new(ChainKind.Ethereum, "regtest");
    private int _block;
    private int _position;
    private int _count;

    /// <summary>An ether (or token) transfer in <paramref name="block"/> (not earlier than the previous one).</summary>
    public int Transfer(string from, string to, UInt128 value, int block, string? token = null)
    {
        var tx = Begin(block, token is null ? FlowTransactionKind.EtherTransfer : FlowTransactionKind.TokenTransfer, token is null ? 0 : _builder.Asset(token));
        _builder.AddInput(_builder.Address(from), value);
        _builder.AddOutput(_builder.Address(to), value);
        return tx;
    }

    /// <summary>A gas fee paid by <paramref name="from"/>.</summary>
    public int Fee(string from, UInt128 value, int block)
    {
        var tx = Begin(block, FlowTransactionKind.Fee, 0);
        _builder.AddInput(_builder.Address(from), value);
        return tx;
    }

    public FlowGraph Build() => _builder.Build();

    private int Begin(int block, FlowTransactionKind kind, int asset)
    {
        _position = block == _block ? _position + 1 : 0;
        _block = block;
        return _builder.BeginTransaction(TestChain.HashOf(_count++), kind, block, _position, 1_600_000_000 + (block * 12L), 0, asset);
    }
}
