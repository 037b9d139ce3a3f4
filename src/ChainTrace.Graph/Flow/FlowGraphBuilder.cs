using ChainTrace.Core;

namespace ChainTrace.Graph;

/// <summary>
/// Builds a <see cref="FlowGraph"/> one transaction at a time, in chronological order: call
/// <see cref="BeginTransaction"/>, then add its inputs and outputs, then the next transaction; finally
/// <see cref="Build"/>. Used by tests, notebooks and small imports; dataset loaders fill the arrays in bulk.
/// </summary>
public sealed class FlowGraphBuilder
{
    private readonly ChainKind _chain;
    private readonly string _network;
    private readonly List<string> _assets;
    private readonly Dictionary<string, int> _assetIds = new(StringComparer.Ordinal);
    private readonly List<string> _addresses = [];
    private readonly Dictionary<string, int> _addressIds = new(StringComparer.Ordinal);
    private readonly Dictionary<Hash256, int> _txByHash = [];
    private readonly List<Hash256> _hash = [];
    private readonly List<byte> _kind = [];
    private readonly List<int> _block = [];
    private readonly List<int> _position = [];
    private readonly List<int> _sub = [];
    private readonly List<long> _time = [];
    private readonly List<int> _asset = [];
    private readonly List<int> _inStart = [];
    private readonly List<int> _outStart = [];
    private readonly List<int> _inAddress = [];
    private readonly List<UInt128> _inValue = [];
    private readonly List<int> _inSource = [];
    private readonly List<int> _outAddress = [];
    private readonly List<UInt128> _outValue = [];
    private bool _built;

    /// <summary>Starts a graph of <paramref name="chain"/>; asset 0 is the native coin named <paramref name="nativeAsset"/>.</summary>
    /// <param name="chain">The chain.</param>
    /// <param name="network">Network name, e.g. <c>main</c> or <c>regtest</c>.</param>
    /// <param name="nativeAsset">Name of asset 0; default BTC on Bitcoin and ETH on Ethereum.</param>
    public FlowGraphBuilder(ChainKind chain, string network, string? nativeAsset = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        _chain = chain;
        _network = network;
        _assets = [nativeAsset ?? (chain == ChainKind.Bitcoin ? "BTC" : "ETH")];
        _assetIds[_assets[0]] = 0;
    }

    /// <summary>Number of transactions added so far.</summary>
    public int TransactionCount => _hash.Count;

    /// <summary>The id of asset <paramref name="name"/> (a token contract address), adding it when new.</summary>
    public int Asset(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_assetIds.TryGetValue(name, out var id))
        {
            id = _assets.Count;
            _assets.Add(name);
            _assetIds[name] = id;
        }

        return id;
    }

    /// <summary>The id of <paramref name="address"/>, interning it when new.</summary>
    public int Address(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        if (!_addressIds.TryGetValue(address, out var id))
        {
            id = _addresses.Count;
            _addresses.Add(address);
            _addressIds[address] = id;
        }

        return id;
    }

    /// <summary>Starts the next transaction node and returns its id.</summary>
    /// <param name="hash">The chain transaction hash.</param>
    /// <param name="kind">What the node stands for.</param>
    /// <param name="block">Block height.</param>
    /// <param name="position">Index of the transaction in the block.</param>
    /// <param name="timestamp">Block time, Unix seconds.</param>
    /// <param name="sub">Part of the chain transaction (see <see cref="FlowTransaction.Sub"/>).</param>
    /// <param name="asset">Asset id from <see cref="Asset"/>; 0 for the native coin.</param>
    /// <exception cref="ArgumentException">The node is earlier than the previous one (block, position, sub).</exception>
    /// <exception cref="InvalidOperationException">The graph was already built.</exception>
    public int BeginTransaction(Hash256 hash, FlowTransactionKind kind, int block, int position, long timestamp, int sub = 0, int asset = 0)
    {
        ThrowIfBuilt();
        ArgumentOutOfRangeException.ThrowIfNegative(block);
        ArgumentOutOfRangeException.ThrowIfNegative(asset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(asset, _assets.Count);
        var id = _hash.Count;
        if (id > 0)
        {
            var last = id - 1;
            var order = (block, position, sub).CompareTo((_block[last], _position[last], _sub[last]));
            if (order < 0)
            {
                throw new ArgumentException($"Transactions must be added in chronological order: block {block} position {position} part {sub} comes before the previous node (block {_block[last]} position {_position[last]} part {_sub[last]}).", nameof(block));
            }
        }

        _hash.Add(hash);
        _kind.Add((byte)kind);
        _block.Add(block);
        _position.Add(position);
        _sub.Add(sub);
        _time.Add(timestamp);
        _asset.Add(asset);
        _inStart.Add(_inAddress.Count);
        _outStart.Add(_outAddress.Count);
        _txByHash[hash] = id;
        return id;
    }

    /// <summary>Adds an input leg to the current transaction: <paramref name="value"/> leaving <paramref name="address"/>.</summary>
    /// <param name="address">Address id, or -1 for none.</param>
    /// <param name="value">Amount in base units.</param>
    /// <param name="spentOutput">The output leg it spends (UTXO), or -1.</param>
    /// <returns>The input leg id.</returns>
    /// <exception cref="InvalidOperationException">No transaction was begun, or the graph was built.</exception>
    /// <exception cref="ArgumentException"><paramref name="spentOutput"/> is not an earlier output leg, or is already spent.</exception>
    public int AddInput(int address, UInt128 value, int spentOutput = -1)
    {
        ThrowIfNoTransaction();
        if (spentOutput >= _outStart[^1] || spentOutput < -1)
        {
            throw new ArgumentException($"Output leg {spentOutput} is not an output of an earlier transaction.", nameof(spentOutput));
        }

        _inAddress.Add(address);
        _inValue.Add(value);
        _inSource.Add(spentOutput);
        return _inAddress.Count - 1;
    }

    /// <summary>
    /// Adds an input leg spending output <paramref name="outputIndex"/> of the earlier transaction
    /// <paramref name="spentTransaction"/>; its address and value are the output's. When that transaction is not in the
    /// graph, adds an unlinked leg with <paramref name="address"/> and <paramref name="value"/> instead.
    /// </summary>
    /// <returns>The input leg id.</returns>
    public int AddInput(Hash256 spentTransaction, int outputIndex, int address = -1, UInt128 value = default)
    {
        ThrowIfNoTransaction();
        if (_txByHash.TryGetValue(spentTransaction, out var tx) && tx < _hash.Count - 1)
        {
            var leg = _outStart[tx] + outputIndex;
            var end = tx + 1 < _outStart.Count ? _outStart[tx + 1] : _outAddress.Count;
            if (outputIndex < 0 || leg >= end)
            {
                throw new ArgumentException($"Transaction {spentTransaction.ToReversedHex()} has no output {outputIndex}.", nameof(outputIndex));
            }

            return AddInput(_outAddress[leg], _outValue[leg], leg);
        }

        return AddInput(address, value);
    }

    /// <summary>Adds an output leg to the current transaction: <paramref name="value"/> paid to <paramref name="address"/>.</summary>
    /// <returns>The output leg id.</returns>
    public int AddOutput(int address, UInt128 value)
    {
        ThrowIfNoTransaction();
        _outAddress.Add(address);
        _outValue.Add(value);
        return _outAddress.Count - 1;
    }

    /// <summary>Finishes the graph. The builder cannot be used afterwards.</summary>
    /// <exception cref="ArgumentException">An output is spent twice.</exception>
    public FlowGraph Build()
    {
        ThrowIfBuilt();
        _built = true;
        var spent = new HashSet<int>();
        foreach (var source in _inSource)
        {
            if (source >= 0 && !spent.Add(source))
            {
                throw new ArgumentException($"Output leg {source} is spent twice.");
            }
        }

        var arrays = new FlowGraphArrays
        {
            Assets = [.. _assets],
            AddressNames = [.. _addresses],
            TxHash = [.. _hash],
            TxKind = [.. _kind],
            TxBlock = [.. _block],
            TxPosition = [.. _position],
            TxSub = [.. _sub],
            TxTime = [.. _time],
            TxAsset = [.. _asset],
            TxInStart = [.. _inStart, _inAddress.Count],
            TxOutStart = [.. _outStart, _outAddress.Count],
            InAddress = [.. _inAddress],
            InValue = [.. _inValue],
            InSource = [.. _inSource],
            OutAddress = [.. _outAddress],
            OutValue = [.. _outValue],
        };
        arrays.Complete();
        return new FlowGraph(_chain, _network, arrays) { UnlinkedInputCount = _inSource.Count(s => s < 0) };
    }

    private void ThrowIfNoTransaction()
    {
        ThrowIfBuilt();
        if (_hash.Count == 0)
        {
            throw new InvalidOperationException("Call BeginTransaction before adding legs.");
        }
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The graph was already built.");
        }
    }
}
