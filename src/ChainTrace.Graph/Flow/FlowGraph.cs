using ChainTrace.Core;

namespace ChainTrace.Graph;

/// <summary>
/// A compact fund-flow graph: transactions as nodes with value-carrying input and output legs, addresses interned to
/// dense ids, and array-based (CSR) adjacency in both directions. One model serves UTXO chains (an input leg names the
/// output leg it spends) and account chains (every transfer is a transaction with one input and one output leg in its
/// asset). Immutable once built; safe to share between threads.
/// </summary>
/// <remarks>
/// Transaction ids are chronological (block, position, part), so "earlier" is "smaller id". Build one with
/// <see cref="FlowGraphBuilder"/> or load one from a dataset with <see cref="Loading.FlowGraphLoader"/>.
/// </remarks>
public sealed partial class FlowGraph
{
    internal FlowGraph(ChainKind chain, string network, FlowGraphArrays arrays)
    {
        Chain = chain;
        Network = network;
        A = arrays;
        Addresses = new AddressTable(arrays.AddressNames);
    }

    /// <summary>The chain the graph was built from.</summary>
    public ChainKind Chain { get; }

    /// <summary>The network name (as in the dataset: main, test, regtest, mainnet …).</summary>
    public string Network { get; }

    /// <summary>The interned addresses: id ↔ text.</summary>
    public AddressTable Addresses { get; }

    /// <summary>The assets: 0 is the native coin (BTC or ETH); on Ethereum the others are token contract addresses.</summary>
    public IReadOnlyList<string> Assets => A.Assets;

    /// <summary>Number of transaction nodes.</summary>
    public int TransactionCount => A.TxHash.Length;

    /// <summary>Number of input legs (edges address → transaction).</summary>
    public int InputCount => A.InAddress.Length;

    /// <summary>Number of output legs (edges transaction → address).</summary>
    public int OutputCount => A.OutAddress.Length;

    /// <summary>Number of edges: input plus output legs.</summary>
    public long EdgeCount => (long)InputCount + OutputCount;

    /// <summary>Input legs whose spent output lies outside the graph (loaded range started later), or account inputs.</summary>
    public int UnlinkedInputCount { get; internal set; }

    /// <summary>Transfers left out of the graph because their amount exceeds 2^128 base units (token spam); reported, not hidden.</summary>
    public int SkippedTransfers { get; internal set; }

    internal FlowGraphArrays A { get; }

    /// <summary>The transaction node <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such node.</exception>
    public FlowTransaction Transaction(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, TransactionCount);
        return new FlowTransaction(id, A.TxHash[id], (FlowTransactionKind)A.TxKind[id], A.TxBlock[id], A.TxPosition[id], A.TxSub[id], A.TxTime[id], A.TxAsset[id]);
    }

    /// <summary>The input legs of transaction <paramref name="tx"/>, as a range of input leg ids in input order.</summary>
    public Range InputsOf(int tx) => A.TxInStart[tx]..A.TxInStart[tx + 1];

    /// <summary>The output legs of transaction <paramref name="tx"/>, as a range of output leg ids in output order.</summary>
    public Range OutputsOf(int tx) => A.TxOutStart[tx]..A.TxOutStart[tx + 1];

    /// <summary>Input leg <paramref name="leg"/>.</summary>
    public FlowLeg Input(int leg) => new(leg, A.InTx[leg], A.InAddress[leg], A.InValue[leg]);

    /// <summary>Output leg <paramref name="leg"/>.</summary>
    public FlowLeg Output(int leg) => new(leg, A.OutTx[leg], A.OutAddress[leg], A.OutValue[leg]);

    /// <summary>The output leg an input leg spends (UTXO chains), or -1 (account chains, coinbase, or outside the graph).</summary>
    public int SpentOutput(int inputLeg) => A.InSource[inputLeg];

    /// <summary>The input leg spending an output leg, or -1 when it is unspent within the graph.</summary>
    public int SpendingInput(int outputLeg) => A.OutSpentBy[outputLeg];

    /// <summary>Index of an output leg within its transaction (the Bitcoin vout).</summary>
    public int OutputIndex(int outputLeg) => outputLeg - A.TxOutStart[A.OutTx[outputLeg]];

    /// <summary>Index of an input leg within its transaction.</summary>
    public int InputIndex(int inputLeg) => inputLeg - A.TxInStart[A.InTx[inputLeg]];

    /// <summary>The input legs that spend from <paramref name="address"/>, in chronological order.</summary>
    public ReadOnlySpan<int> SpendsOf(int address) => A.AddrSpends.AsSpan(A.AddrSpendStart[address], A.AddrSpendStart[address + 1] - A.AddrSpendStart[address]);

    /// <summary>The output legs that pay <paramref name="address"/>, in chronological order.</summary>
    public ReadOnlySpan<int> ReceiptsOf(int address) => A.AddrReceipts.AsSpan(A.AddrReceiptStart[address], A.AddrReceiptStart[address + 1] - A.AddrReceiptStart[address]);

    /// <summary>The transaction nodes of a chain transaction hash (empty when the graph has none).</summary>
    public IReadOnlyList<int> TransactionsOf(Hash256 hash) => A.TransactionsOf(hash);

    /// <summary>Sum of input leg values of a transaction.</summary>
    public UInt128 InputValue(int tx)
    {
        UInt128 sum = 0;
        for (var leg = A.TxInStart[tx]; leg < A.TxInStart[tx + 1]; leg++)
        {
            sum += A.InValue[leg];
        }

        return sum;
    }

    /// <summary>Sum of output leg values of a transaction.</summary>
    public UInt128 OutputValue(int tx)
    {
        UInt128 sum = 0;
        for (var leg = A.TxOutStart[tx]; leg < A.TxOutStart[tx + 1]; leg++)
        {
            sum += A.OutValue[leg];
        }

        return sum;
    }

    /// <summary>Bytes held by the graph's arrays (addresses' text excluded), for the bytes-per-edge figure.</summary>
    public long ArrayBytes => A.ArrayBytes;

    /// <summary>The display text of a transaction node: the hash as the dataset stores it, plus the part on Ethereum.</summary>
    public string DisplayHash(int tx)
    {
        var hash = A.TxHash[tx];
        if (Chain == ChainKind.Bitcoin)
        {
            return hash.ToReversedHex();
        }

        return hash.ToPrefixedHex();
    }
}
