using ChainTrace.Core;

namespace ChainTrace.Graph;

/// <summary>The arrays behind a <see cref="FlowGraph"/>; filled by a builder or loader, then completed once.</summary>
internal sealed class FlowGraphArrays
{
    private Dictionary<Hash256, int[]>? _byHash;

    public required string[] Assets { get; init; }

    public required string[] AddressNames { get; init; }

    public required Hash256[] TxHash { get; init; }

    public required byte[] TxKind { get; init; }

    public required int[] TxBlock { get; init; }

    public required int[] TxPosition { get; init; }

    public required int[] TxSub { get; init; }

    public required long[] TxTime { get; init; }

    public required int[] TxAsset { get; init; }

    /// <summary>First input leg of each transaction; length TransactionCount + 1.</summary>
    public required int[] TxInStart { get; init; }

    /// <summary>First output leg of each transaction; length TransactionCount + 1.</summary>
    public required int[] TxOutStart { get; init; }

    public required int[] InAddress { get; init; }

    public required UInt128[] InValue { get; init; }

    /// <summary>The output leg each input spends, or -1.</summary>
    public required int[] InSource { get; init; }

    public required int[] OutAddress { get; init; }

    public required UInt128[] OutValue { get; init; }

    public int[] InTx { get; private set; } = [];

    public int[] OutTx { get; private set; } = [];

    public int[] OutSpentBy { get; private set; } = [];

    public int[] AddrSpendStart { get; private set; } = [];

    public int[] AddrSpends { get; private set; } = [];

    public int[] AddrReceiptStart { get; private set; } = [];

    public int[] AddrReceipts { get; private set; } = [];

    public long ArrayBytes =>
        (TxHash.LongLength * 32) + TxKind.LongLength + ((TxBlock.LongLength + TxPosition.LongLength + TxSub.LongLength + TxAsset.LongLength + TxInStart.LongLength + TxOutStart.LongLength) * 4)
        + (TxTime.LongLength * 8)
        + (InAddress.LongLength * (4 + 16 + 4 + 4 + 4)) + (OutAddress.LongLength * (4 + 16 + 4 + 4 + 4))
        + ((AddrSpendStart.LongLength + AddrReceiptStart.LongLength) * 4);

    /// <summary>Derives the reverse indexes: leg → transaction, output → spending input, address → legs (CSR).</summary>
    public void Complete()
    {
        var txCount = TxHash.Length;
        InTx = LegOwners(TxInStart, InAddress.Length, txCount);
        OutTx = LegOwners(TxOutStart, OutAddress.Length, txCount);
        OutSpentBy = new int[OutAddress.Length];
        Array.Fill(OutSpentBy, -1);
        for (var leg = 0; leg < InSource.Length; leg++)
        {
            var source = InSource[leg];
            if (source >= 0)
            {
                OutSpentBy[source] = leg;
            }
        }

        (AddrSpendStart, AddrSpends) = Csr(InAddress, AddressNames.Length);
        (AddrReceiptStart, AddrReceipts) = Csr(OutAddress, AddressNames.Length);
    }

    public IReadOnlyList<int> TransactionsOf(Hash256 hash)
    {
        var index = LazyInitializer.EnsureInitialized(ref _byHash, BuildHashIndex);
        return index.TryGetValue(hash, out var nodes) ? nodes : [];
    }

    private Dictionary<Hash256, int[]> BuildHashIndex()
    {
        // Nodes of one chain transaction are contiguous, except a BIP30 duplicate txid in a later block.
        var map = new Dictionary<Hash256, int[]>(TxHash.Length);
        var tx = 0;
        while (tx < TxHash.Length)
        {
            var end = tx + 1;
            while (end < TxHash.Length && TxHash[end] == TxHash[tx])
            {
                end++;
            }

            var run = Enumerable.Range(tx, end - tx).ToArray();
            map[TxHash[tx]] = map.TryGetValue(TxHash[tx], out var earlier) ? [.. earlier, .. run] : run;
            tx = end;
        }

        return map;
    }

    private static int[] LegOwners(int[] starts, int legCount, int txCount)
    {
        var owners = new int[legCount];
        for (var tx = 0; tx < txCount; tx++)
        {
            owners.AsSpan(starts[tx], starts[tx + 1] - starts[tx]).Fill(tx);
        }

        return owners;
    }

    private static (int[] Start, int[] Legs) Csr(int[] legAddress, int addressCount)
    {
        var start = new int[addressCount + 1];
        foreach (var address in legAddress)
        {
            if (address >= 0)
            {
                start[address + 1]++;
            }
        }

        for (var i = 0; i < addressCount; i++)
        {
            start[i + 1] += start[i];
        }

        var next = start[..^1];
        var legs = new int[start[addressCount]];
        for (var leg = 0; leg < legAddress.Length; leg++)
        {
            var address = legAddress[leg];
            if (address >= 0)
            {
                legs[next[address]++] = leg;
            }
        }

        return (start, legs);
    }
}
